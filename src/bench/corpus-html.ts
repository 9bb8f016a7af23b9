// A story as a full news web page: head with meta/og/JSON-LD, navigation, the article with
// subheadings, related links, footer and scripts, so extraction has real furniture to remove.
import { fill, type Rng, type Story, templates } from "./corpus-story.js";
import { dateline } from "./corpus-text.js";

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const quotes = (s: string): string => s.replace(/<<|>>/g, (m) => (m === "<<" ? "“" : "”"));

function links(rng: Rng, base: string, count: number): string {
  const items: string[] = [];
  for (const section of rng.shuffled(templates.sections).slice(0, count)) {
    items.push(`<li><a href="${base}/${slug(section)}/">${section}</a></li>`);
  }
  return items.join("");
}

function related(rng: Rng, base: string): string {
  const items = rng.shuffled(templates.relatedHeadlines).slice(0, rng.int(5, 10));
  return items
    .map(
      (h) =>
        `<li class="related-item"><a href="${base}/news/${slug(h)}-${rng.int(10000, 99999)}.html"><img src="${base}/img/thumb-${rng.int(100, 999)}.jpg" alt="" loading="lazy"><span class="related-title">${esc(h)}</span></a><time>${rng.int(1, 23)} hours ago</time></li>`,
    )
    .join("\n");
}

const ANALYTICS = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-EXAMPLE");
(function(){var s=document.createElement("script");s.async=true;s.src="https://ads.example/loader.js";var x=document.getElementsByTagName("script")[0];x.parentNode.insertBefore(s,x);})();
window.__consent={necessary:true,analytics:false,ads:false};document.addEventListener("DOMContentLoaded",function(){var b=document.querySelector(".cookie-banner");if(b&&localStorage.getItem("consent")){b.remove()}});`;

export function renderHtml(rng: Rng, story: Story, id: string): string {
  const site = rng.pick(templates.sites);
  const base = `https://www.${site.domain}`;
  const url = `${base}/news/${slug(story.title)}-${id}.html`;
  const author = rng.pick(templates.reporters);
  const time = `${story.published}T${String(rng.int(0, 23)).padStart(2, "0")}:${String(rng.int(10, 59))}:00Z`;
  const title = esc(story.title);
  const ld = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.title,
    datePublished: time,
    author: { "@type": "Person", name: author },
    publisher: { "@type": "Organization", name: site.name },
    mainEntityOfPage: url,
  }).replace(/</g, "\\u003c");
  const body: string[] = [];
  story.paragraphs.forEach((p, i) => {
    const text = esc(quotes(i === 0 ? dateline(rng, story) + p : p));
    body.push(`<p>${text}</p>`);
    if (i > 0 && i % 4 === 0 && i < story.paragraphs.length - 1)
      body.push(`<h2>${esc(rng.pick(templates.subheadings))}</h2>`);
    if (i === 2)
      body.push(
        `<div class="ad-slot" id="ad-${rng.int(1, 9)}"><script>window.ads&&ads.push({slot:"mid"})</script></div>`,
      );
    if (i === 5 && rng.chance(0.4)) {
      const h = rng.pick(templates.relatedHeadlines);
      body.push(`<p class="read-also">Read also: <a href="${base}/news/${slug(h)}.html">${esc(h)}</a></p>`);
    }
  });
  const caption = esc(fill(rng.pick(templates.captions), story, rng, []));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | ${esc(site.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(quotes(story.lede))}">
<meta name="author" content="${author}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="${esc(site.name)}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="${base}/img/lead-${id}.jpg">
<meta property="article:published_time" content="${time}">
<link rel="canonical" href="${url}">
<link rel="stylesheet" href="${base}/static/main.${rng.int(100000, 999999)}.css">
<script type="application/ld+json">${ld}</script>
<script>${ANALYTICS}</script>
</head>
<body class="article-page">
<a class="skip-link" href="#content">Skip to content</a>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a class="logo" href="${base}/">${esc(site.name)}</a>
<nav class="main-nav"><ul>${links(rng, base, rng.int(8, 18))}</ul></nav>
<form class="search" action="${base}/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></header>
<div class="breadcrumb"><a href="${base}/">Home</a> &gt; <a href="${base}/world/">World</a> &gt; <span>${esc(story.vars.Ashort ?? "")}</span></div>
<main id="content">
<article class="story">
<h1 class="headline">${title}</h1>
<div class="byline">By <span class="author">${author}</span>, ${esc(story.source)} | <time datetime="${time}">${story.published}</time></div>
<figure class="lead-image"><img src="${base}/img/lead-${id}.jpg" alt="${title}"><figcaption>${caption}</figcaption></figure>
<div class="story-body">
${body.join("\n")}
</div>
<div class="tags">${links(rng, `${base}/tag`, rng.int(3, 6))}</div>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h3>Related stories</h3><ul>
${related(rng, base)}
</ul></aside>
<aside class="most-read"><h3>Most read</h3><ol>${links(rng, `${base}/most-read`, rng.int(4, 8))}</ol></aside>
</main>
<footer class="site-footer"><nav class="footer-links"><ul>${links(rng, base, rng.int(10, 20))}</ul></nav>
<div class="newsletter"><p>Get the day's top stories in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<p class="copyright">&copy; ${story.date.getUTCFullYear()} ${esc(site.name)}. All rights reserved.</p></footer>
<script src="${base}/static/vendor.${rng.int(100000, 999999)}.js" defer></script>
<script>document.querySelectorAll(".share a").forEach(function(a){a.addEventListener("click",function(e){e.preventDefault();window.open(a.href,"share","width=600,height=400")})});</script>
</body>
</html>
`;
}
