<#ftl output_format="HTML">
<#-- One line: the brief's name, leading to its overview, and search. The overview, which opens
     with the series and the title, leaves them out here; the search page has its own search box.
     On a phone the form gives way to a link to the search page. -->
<header class="masthead">
<#if content.type != "overview">
<a class="site-title" href="${root}index.html"><span class="series">${config.brief_series}<span class="series-date"> · ${config.brief_date}</span></span> <span class="title">${config.site_title}</span></a>
</#if>
<#if content.type != "search">
<form class="masthead-search" role="search" action="${root}search.html" data-search-form>
<label class="visually-hidden" for="site-q">Search the brief</label>
<input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off"><button type="submit">Search</button>
</form>
<a class="search-link" href="${root}search.html" data-search-form><svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5"/><path d="M12.6 12.6 18 18"/></svg><span class="visually-hidden">Search the brief</span></a>
</#if>
</header>
