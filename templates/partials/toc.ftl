<#ftl output_format="HTML">
<#-- The contents: beside the text on a wide screen; on a narrow one, a disclosure that names the
     part being read and opens to the list. -->
<nav class="toc" aria-label="Contents">
<details class="toc-menu">
<#assign current_name = (here >= 0)?then(label(parts[here]), "")>
<summary>Contents<#if current_name?has_content><span class="toc-here">: ${current_name}</span></#if></summary>
<ol>
<#list parts as part>
<li><a href="${root}${part.uri}"<#if part?index == here> aria-current="page"</#if>>${label(part)}</a></li>
</#list>
</ol>
</details>
</nav>
