<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<p class="kicker">${config.brief_series}</p>
<h1>${content.title}</h1>
<div class="byline">
<p>${config.brief_author}</p>
<p><time datetime="${config.brief_date_iso}">${config.brief_date}</time> · ${config.brief_publisher}</p>
</div>
${content.body?no_esc}
<section class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
<#list layout.parts as part><#if part.uri != content.uri>
<li><a href="${layout.root}${part.uri}">${part.title}</a></li>
</#if></#list>
</ol>
</section>
<p class="attribution">${config.brief_attribution}</p>
</article>
</@layout.base>
