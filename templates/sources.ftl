<#ftl output_format="HTML">
<#-- The Sources page: the bibliography of every source the notes cite, which the cross-linker
     fills from the editors' records in notes/sources.yaml (see SourcesPage). -->
<#import "layout.ftl" as layout>
<@layout.base>
<article class="sources">
<h1>${content.title}</h1>
<p class="lede">Compiled by the editors from the brief’s notes: each source once, grouped by kind, with the notes that cite it and the place each is cited in the text. Style: <span data-sources-style>${config.sources_style!"apa"}</span>.</p>
${content.body?no_esc}
<div data-sources></div>
</article>
</@layout.base>
