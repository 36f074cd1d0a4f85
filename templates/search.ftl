<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.base>
<article>
<h1 id="page-title">${content.title}</h1>
<form class="search-form" role="search" action="search.html" data-search-form>
<label for="q">Search the brief, its notes and its glossary</label>
<span class="search-row"><input id="q" name="q" type="search" autocomplete="off"><button type="submit">Search</button></span>
</form>
<p class="lede" data-search-status aria-live="polite"></p>
<ol class="results" data-search-results data-index="${layout.root}js/search-index.js"></ol>
<noscript><p>Search needs JavaScript. Without it, the <a href="${layout.root}index.html">contents</a>, the <a href="${layout.root}notes.html">notes</a> and the <a href="${layout.root}glossary.html">glossary</a> lead to every part of the brief.</p></noscript>
</article>
</@layout.base>
