<#ftl output_format="HTML">
<#-- The one base layout: the only template with <html>, <head> and <body>.
     Pages call <@layout.base> and put their article inside it. -->
<#macro base>
<#-- The not-found page is served for a missing page at any depth: with the site's public
     address known, its links start from that address's path, so they hold wherever it is served. -->
<#assign root = (content.type == "notfound" && (config.site_baseurl!"")?has_content)?then(config.site_baseurl?replace("^[a-zA-Z]+://[^/]+", "", "r"), content.rootpath!"")>
<#-- The parts of the brief in reading order; the search and not-found pages are not parts. -->
<#assign parts = reading_order>
<#-- The page's place among them (-1 if it is not a part), which the contents and pager compare
     with each part's: numbers, since FreeMarker compares strings with a collator, slowly. -->
<#assign here = reading_index?first[content.uri]!-1>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content.type == "overview">${content.title}<#else>${content.title} · ${config.brief_series}</#if></title>
<#if content.description??><meta name="description" content="${content.description}"></#if>
<#include "partials/meta.ftl">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css">
<#-- The parts of the brief, read most, need only site.css; the other pages add their own. -->
<#if content.type != "page"><link rel="stylesheet" href="${root}css/pages.css"></#if>
<link rel="stylesheet" href="${root}css/print.css" media="print">
<#-- Search needs JavaScript, so without it the search forms are not shown. A stylesheet,
     not a style element: the site's Content-Security-Policy blocks inline style. -->
<noscript><link rel="stylesheet" href="${root}css/noscript.css"></noscript>
<#-- Each script only where it has work: previews on the parts of the brief, notes in the margin
     where there are notes, search on its page. -->
<#if !["notes", "glossary", "search", "notfound"]?seq_contains(content.type)><script src="${root}js/preview.js" defer></script></#if>
<#if ["page", "whole"]?seq_contains(content.type)><script src="${root}js/sidenotes.js" defer></script></#if>
<#if content.type == "search"><script src="${root}js/search.js" defer></script></#if>
</head>
<body>
<#-- First in the body and not deferred: it sets the reader's chosen colours before anything is
     drawn, without holding up the head, and preloads the text face. -->
<script src="${root}js/theme.js"></script>
<a class="skip-link" href="#main">Skip to the text</a>
<#include "partials/masthead.ftl">
<#-- The brief's text keeps a margin for its notes on a wide screen (css/site.css). -->
<div class="frame<#if ["page", "whole"]?seq_contains(content.type)> with-margin</#if>">
<#include "partials/toc.ftl">
<main id="main">
<#nested>
<#include "partials/pager.ftl">
</main>
</div>
<#include "partials/footer.ftl">
<template id="cite-brief">${config.brief_author_family}, ${config.brief_author_given}. “${config.site_title},” ${config.brief_series}, ${config.brief_publisher}, ${config.brief_date}</template>
</body>
</html>
</#macro>

<#-- How a part is named in lists: the overview by its short label, other parts by their title. -->
<#function label part>
<#return (part.type == "overview")?then(part.nav!part.title, part.title)>
</#function>
