<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1 id="page-title">${content.title}</h1>
<p class="lede" data-page-only>The brief’s endnotes, numbered as in the printed edition. The arrows after each note lead back to the places in the text that cite it.</p>
<section class="endnotes" role="doc-endnotes" aria-labelledby="page-title" data-endnotes="all"></section>
</article>
</@layout.base>
