<header class="masthead">
<a href="${root}index.html"><span class="series">${config.brief_series} · ${config.brief_date}</span>${config.site_title}</a>
</header>
