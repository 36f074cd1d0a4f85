<#ftl output_format="HTML">
<#if (here >= 0)>
<nav class="pager" aria-label="Previous and next part">
<#if (here > 0)><#assign prev = parts[here - 1]>
<a class="prev" rel="prev" href="${root}${prev.uri}"><span>Previous</span>${label(prev)}</a>
</#if>
<#if (here < parts?size - 1)><#assign next = parts[here + 1]>
<a class="next" rel="next" href="${root}${next.uri}"><span>Next</span>${label(next)}</a>
</#if>
</nav>
</#if>
