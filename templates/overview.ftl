<#ftl output_format="HTML">
<#-- What is marked data-page-only is the overview's own: the single-page edition has its
     own title and byline and leaves out the guide, the contents and the citations. -->
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1 data-page-only>${content.title}</h1>
<div class="byline" data-page-only>
<p>${config.brief_author}</p>
<p><time datetime="${config.brief_date_iso}">${config.brief_date}</time> · ${config.brief_publisher}</p>
</div>
${content.body?no_esc}
<section class="guide" data-page-only aria-labelledby="guide-title">
<h2 id="guide-title">Reading guide</h2>
<p>The brief is published here in ${layout.parts?filter(part -> part.type == "page")?size} parts after this overview, in the author’s order, one part to a page, followed by its notes; the glossary is the editors’ addition. The links at the foot of each page lead to the previous and the next part, so reading on from the introduction gives the whole brief; the contents list jumps to any part.<#if single_page?has_content> The <a href="${layout.root}${single_page?first}">whole brief on one page</a>, with all its notes, is there to read straight through, print or save.</#if><#if about_page?has_content> <a href="${layout.root}${about_page?first}">About this edition</a> tells which words are the author’s and which are ours: the headings we supplied, the note markers we restored, the glossary.</#if></p>
<p>Superscript numbers are the brief’s endnotes, numbered as in the printed edition so that citations of the PDF still match. Sentences set apart in larger italic type are pull quotes: the print edition’s own, each restating a passage of the same page, sometimes in other words; screen readers skip them, as the passage is in the text.</p>
</section>
<section class="contents" data-page-only aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
<#list layout.parts as part><#if part.uri != content.uri>
<li><a href="${layout.root}${part.uri}">${part.title}</a></li>
</#if></#list>
</ol>
</section>
<p class="attribution">${config.brief_attribution}</p>
<section class="cite" data-page-only aria-labelledby="cite-title">
<h2 id="cite-title">Cite this brief</h2>
<dl data-cite-brief></dl>
<p>For citation managers: <a href="${layout.root}cite/orf-brief-636.bib" download>BibTeX</a> · <a href="${layout.root}cite/orf-brief-636.ris" download>RIS</a> · <a href="${layout.root}cite/orf-brief-636.json" download>CSL-JSON</a>. <#if sources_page?has_content>The sources the notes cite, listed on the <a href="${layout.root}${sources_page?first}">Sources</a> page: <a href="${layout.root}cite/orf-brief-636-sources.bib" download>BibTeX</a> · <a href="${layout.root}cite/orf-brief-636-sources.ris" download>RIS</a> · <a href="${layout.root}cite/orf-brief-636-sources.json" download>CSL-JSON</a>.</#if></p>
</section>
</article>
</@layout.base>
