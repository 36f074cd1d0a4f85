<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<#-- A title the editors supplied, where the extraction lost the author's, is marked as theirs. -->
<h1<#if (content["title-by"]!"") == "editors"> class="supplied"</#if>>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.base>
