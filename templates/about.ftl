<#ftl output_format="HTML">
<#-- About this edition: the editors' account, from content/about.md, with lists the
     cross-linker fills from the records that mark the text (see EditionPage). -->
<#import "layout.ftl" as layout>
<@layout.base>
<article class="about">
<h1>${content.title}</h1>
<p class="lede">Edition ${config.edition_version}, ${config.epub_modified?substring(0, 10)}. Everything on this page is the editors’ writing, not the author’s.</p>
${content.body?no_esc}
</article>
</@layout.base>
