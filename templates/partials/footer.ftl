<#ftl output_format="HTML">
<#-- The site's own pages (the glossary and the actor pages made from it, search, about, not
     found, sources) are the editors' work: their footer says so, and that ORF's copyright covers the
     brief they serve. -->
<#assign editors_page = ["glossary", "search", "about", "notfound", "sources"]?seq_contains(content.type)>
<footer class="site-footer">
<#if single_page?has_content && content.uri != single_page?first || about_page?has_content && content.uri != about_page?first>
<p class="editions"><#if single_page?has_content && content.uri != single_page?first>Read the <a href="${root}${single_page?first}">whole brief on one page</a>.</#if><#if about_page?has_content && content.uri != about_page?first> <a href="${root}${about_page?first}">About this edition</a>: what is the author’s and what is ours.</#if><#if sources_page?has_content && content.uri != sources_page?first> <a href="${root}${sources_page?first}">Sources</a> the notes cite.</#if></p>
</#if>
<p>${config.brief_attribution}</p>
<#if editors_page>
<p class="editors-work">This page is the editors’ work, not part of the brief. The brief’s text and notes: ${config.brief_copyright}</p>
<#else>
<p>${config.brief_copyright}</p>
</#if>
</footer>
