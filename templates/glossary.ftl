<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1 id="page-title">${content.title}</h1>
<p class="lede">Who is who in the brief: the states, armed groups, people, organisations, projects and places it names, each with a short description and a page listing every paragraph that names it. In the text, the first mention of each on a page links here.</p>
<p class="lede editors-label">The descriptions are the editors’, written for this edition: they are not part of the brief, and they state facts as of April 2023, the brief’s date, unless they say otherwise.</p>
<section class="glossary" role="doc-glossary" aria-labelledby="page-title" data-glossary></section>
</article>
</@layout.base>
