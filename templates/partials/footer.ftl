<#ftl output_format="HTML">
<footer class="site-footer">
<#if content.type != "whole"><p class="editions">Read the <a href="${root}brief.html">whole brief on one page</a>.</p></#if>
<p>${config.brief_attribution}</p>
<p>${config.brief_copyright}</p>
</footer>
