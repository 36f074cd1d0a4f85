<footer class="site-footer">
<p>${config.brief_attribution}</p>
<p>${config.brief_copyright}</p>
</footer>
