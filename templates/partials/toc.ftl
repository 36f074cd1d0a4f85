<#ftl output_format="HTML">
<nav class="toc" aria-label="Contents">
<ol>
<#list parts as part>
<li><a href="${root}${part.uri}"<#if part.uri == content.uri> aria-current="page"</#if>><span class="long">${label(part)}</span><span class="short">${part.nav!label(part)}</span></a></li>
</#list>
</ol>
</nav>
