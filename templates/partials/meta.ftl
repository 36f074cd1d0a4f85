<#ftl output_format="HTML">
<#-- Link previews and search engines. The canonical URL needs the site's public address,
     site.baseurl, given to the build (see README); without it the site stays address-free. -->
<#assign baseurl = config.site_baseurl!"">
<#if baseurl?has_content>
<#assign canonical = baseurl + (content.uri == "index.html")?then("", content.uri)>
<link rel="canonical" href="${canonical}">
<meta property="og:url" content="${canonical}">
</#if>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${config.brief_series}: ${config.site_title}">
<meta property="og:title" content="${content.title}">
<#if content.description??><meta property="og:description" content="${content.description}"></#if>
<meta name="twitter:card" content="summary">
<#if content.type == "overview">
<meta name="citation_title" content="${config.site_title}">
<meta name="citation_author" content="${config.brief_author}">
<meta name="citation_publication_date" content="${config.brief_date_iso?replace("-", "/")}">
<meta name="citation_technical_report_institution" content="${config.brief_publisher}">
<meta name="citation_technical_report_number" content="${config.brief_number}">
<meta name="citation_publisher" content="${config.brief_publisher}">
<meta name="citation_language" content="en">
<#if baseurl?has_content><meta name="citation_fulltext_html_url" content="${baseurl}"></#if>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Report", "name": "${config.site_title?json_string?no_esc}", "reportNumber": "${config.brief_number?json_string?no_esc}", "author": {"@type": "Person", "name": "${config.brief_author?json_string?no_esc}"}, "publisher": {"@type": "Organization", "name": "${config.brief_publisher?json_string?no_esc}"}, "datePublished": "${config.brief_date_iso?json_string?no_esc}", "inLanguage": "en", "isPartOf": {"@type": "CreativeWorkSeries", "name": "ORF Issue Brief"}<#if content.description??>, "description": "${content.description?json_string?no_esc}"</#if><#if baseurl?has_content>, "url": "${baseurl?json_string?no_esc}"</#if>}</script>
</#if>
