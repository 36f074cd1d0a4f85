<#ftl output_format="HTML">
<header class="masthead">
<a class="site-title" href="${root}index.html"><span class="series">${config.brief_series} · ${config.brief_date}</span>${config.site_title}</a>
<form class="masthead-search" role="search" action="${root}search.html" data-search-form>
<label class="visually-hidden" for="site-q">Search the brief</label>
<input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off"><button type="submit">Search</button>
</form>
</header>
