<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.base>
