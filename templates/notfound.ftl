<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1 id="page-title">${content.title}</h1>
<p class="lede">There is no page at this address. The brief starts at the <a href="${layout.root}index.html">overview</a>; the contents list leads to every part, and the <a href="${layout.root}search.html">search</a> finds any word in it.</p>
</article>
</@layout.base>
