<#ftl output_format="HTML">
<#-- The single-page edition: a shell that the cross-linker fills with every part of the
     brief in reading order, then the notes (see SinglePageEdition). -->
<#import "layout.ftl" as layout>
<@layout.base>
<article class="whole">
<p class="kicker pdf-only">${config.brief_series}</p>
<h1>${content.title}</h1>
<div class="byline">
<p>${config.brief_author}</p>
<p><time datetime="${config.brief_date_iso}">${config.brief_date}</time> · ${config.brief_publisher}</p>
</div>
<p class="lede">The whole brief on one page, in the author’s order, with its notes at the end. The same text is also published <a href="${layout.root}index.html">one part to a page</a>.</p>
<div data-single-page></div>
</article>
</@layout.base>
