<#ftl output_format="HTML">
<footer class="site-footer">
<#if single_page?has_content && content.uri != single_page?first><p class="editions">Read the <a href="${root}${single_page?first}">whole brief on one page</a>.</p></#if>
<p>${config.brief_attribution}</p>
<p>${config.brief_copyright}</p>
</footer>
