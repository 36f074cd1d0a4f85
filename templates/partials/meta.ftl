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
<#-- The link preview's image, drawn by the build (SocialCard); its text, for readers who cannot see it. -->
<#assign card_alt = config.brief_series + " · " + config.brief_date + ": " + config.site_title + ", by " + config.brief_author + ", " + config.brief_publisher + ".">
<meta property="og:image" content="${baseurl?has_content?then(baseurl, root)}card.png">
<meta property="og:image:alt" content="${card_alt}">
<meta name="twitter:card" content="summary_large_image">

<#if content.type == "overview">
<meta name="citation_title" content="${config.site_title}">
<meta name="citation_author" content="${config.brief_author}">
<meta name="citation_publication_date" content="${config.brief_date_iso?replace("-", "/")}">
<meta name="citation_technical_report_institution" content="${config.brief_publisher}">
<meta name="citation_technical_report_number" content="${config.brief_number}">
<meta name="citation_publisher" content="${config.brief_publisher}">
<meta name="citation_language" content="en">
<#if baseurl?has_content><meta name="citation_fulltext_html_url" content="${baseurl}"></#if>
<#-- The JSON-LD and a citation_reference for each source are added by the cross-linker, from the records of the sources. -->
</#if>
