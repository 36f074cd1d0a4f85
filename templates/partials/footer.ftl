<#ftl output_format="HTML">
<footer class="site-footer">
<p>${config.brief_attribution}</p>
<p>${config.brief_copyright}</p>
</footer>
