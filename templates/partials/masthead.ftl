<#ftl output_format="HTML">
<#-- The brief's name, leading to its overview, and search. The overview and the single page,
     whose heading is the title, name only the series here; the search page has its own search
     box. On a phone the name is one line and the form gives way to a link to the search page. -->
<#assign titled = !["overview", "whole"]?seq_contains(content.type)>
<header class="masthead">
<a class="site-title" href="${root}index.html"<#if content.type == "overview"> aria-current="page"</#if>><span class="series">${config.brief_series}<span class="series-date"> · ${config.brief_date}</span></span><#if titled> <span class="title">${config.site_title}</span></#if></a>
<#if search_page?has_content && content.type != "search">
<form class="masthead-search" role="search" action="${root}${search_page?first}" data-search-form>
<label class="visually-hidden" for="site-q">Search the brief</label>
<input id="site-q" name="q" type="search" placeholder="Search" autocomplete="off"><button type="submit">Search</button>
</form>
<a class="search-link" href="${root}${search_page?first}#q" data-search-form><svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5"/><path d="M12.6 12.6 18 18"/></svg><span class="visually-hidden">Search the brief</span></a>
</#if>
</header>
