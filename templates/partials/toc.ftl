<#ftl output_format="HTML">
<#-- The contents: beside the text on a wide screen; on a narrow one, a disclosure that names the
     part being read and opens to the list. -->
<nav class="toc" aria-label="Contents">
<details class="toc-menu">
<summary>Contents<#list parts as part><#if part.uri == content.uri><span class="toc-here">: ${part.nav!label(part)}</span></#if></#list></summary>
<ol>
<#list parts as part>
<li><a href="${root}${part.uri}"<#if part.uri == content.uri> aria-current="page"</#if>>${label(part)}</a></li>
</#list>
</ol>
</details>
</nav>
