/// The style sheet inlined into every HTML report page: system fonts with Chinese fallbacks for
/// macOS, iOS, Windows, Android and Linux, tables that scroll sideways on narrow screens, and a print
/// layout that keeps the chart and heatmap colours. No web fonts, no external resources.
enum HTMLStyle {
    /// Fonts for Chinese text: the platform UI font first (Latin), then each platform's CJK font,
    /// so that no system falls back to a serif or a Japanese variant.
    static let fontStack = #"-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Helvetica Neue", Arial, sans-serif"#

    /// The CSS, minified a little but readable.
    static let css = """
    :root{color-scheme:light;--fg:#1f2328;--muted:#5b6470;--line:#d8dee4;--soft:#f4f6f8;--bar:#c8553d;--link:#0b5cad}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;font-family:\(fontStack);font-size:16px;line-height:1.7;color:var(--fg);background:#fff}
    .page{max-width:68rem;margin:0 auto;padding:1rem 1.25rem 3rem}
    a{color:var(--link);text-decoration:none}
    a:hover,a:focus{text-decoration:underline}
    nav.top{font-size:.9rem;margin-bottom:.5rem}
    h1{font-size:1.75rem;line-height:1.35;margin:.25rem 0 .5rem}
    h2{font-size:1.25rem;line-height:1.4;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
    h3{font-size:1.05rem;line-height:1.45;margin:1.2rem 0 .5rem}
    .en{color:var(--muted);font-weight:400;font-size:.8em;margin-left:.35em}
    .subtitle{font-size:1.15rem;color:var(--muted);margin:0 0 .75rem}
    .muted,.none{color:var(--muted)}
    dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem 1rem;margin:.75rem 0;font-size:.95rem}
    dl.meta dt{color:var(--muted)}
    dl.meta dd{margin:0;overflow-wrap:anywhere}
    .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.6rem;margin:0;padding:0}
    .stats div{background:var(--soft);border-radius:6px;padding:.55rem .8rem}
    .stats dt{font-size:.85rem;color:var(--muted)}
    .stats dd{margin:0;font-size:1.35rem;font-weight:600;font-variant-numeric:tabular-nums}
    .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:.25rem 0 .75rem}
    table{border-collapse:collapse;font-size:.92rem;line-height:1.55}
    th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{background:var(--soft);font-weight:600;white-space:nowrap;vertical-align:bottom}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .nowrap{white-space:nowrap}
    .code{color:var(--muted);font-size:.85em;margin-left:.3em}
    table.figs tr.fig td{border-bottom:0;padding-bottom:.1rem}
    table.figs tr.sent td{padding-top:0;color:var(--muted);font-size:.88rem}
    table.figs thead tr.sent th{padding-top:0;font-weight:400;color:var(--muted);font-size:.85rem}
    table.figs thead tr:first-child th{border-bottom:0}
    table.figs td.sentence{min-width:12rem}
    mark{background:#ffe58f;color:inherit;padding:0 .1em;border-radius:2px}
    table.kw{width:100%;max-width:44rem}
    table.kw td.barcell{width:55%;min-width:7rem;vertical-align:middle}
    .bar{display:block;height:.85rem;min-width:1px;background:var(--bar);border-radius:2px}
    .groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(15rem,100%),1fr));gap:0 1.5rem}
    .groups table{width:100%}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(19rem,100%),1fr));gap:.5rem 1.5rem}
    .cards.wide{grid-template-columns:repeat(auto-fit,minmax(min(27rem,100%),1fr))}
    .cards>div{min-width:0}
    .cards table{width:100%}
    ol.articles{list-style:none;margin:0;padding:0}
    ol.articles li{padding:.6rem 0;border-bottom:1px solid var(--line)}
    ol.articles .t{font-weight:600;font-size:1.05rem}
    .badge{display:inline-block;min-width:2.2em;padding:0 .35em;margin-right:.4em;border-radius:4px;background:var(--soft);color:var(--muted);font-size:.85em;text-align:center;font-variant-numeric:tabular-nums}
    ol.articles .d{display:block;color:var(--muted);font-size:.88rem}
    table.heat th.term{position:sticky;left:0;background:#fff;white-space:nowrap;font-weight:600;z-index:1}
    table.heat td{text-align:center;min-width:3.2rem;font-variant-numeric:tabular-nums;border:1px solid #fff}
    table.heat td.zero{color:#9aa3ad}
    table.heat td.diag{background:var(--soft);color:var(--muted)}
    table.heat thead th{text-align:center}
    .legend{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .8rem;font-size:.85rem;color:var(--muted);margin:.25rem 0 .5rem}
    .ramp{display:inline-block;width:9rem;height:.8rem;border-radius:2px;vertical-align:middle}
    ul.figs{margin:0;padding-left:1.1rem}
    ul.figs li{margin:.15rem 0}
    .body p{margin:0 0 .8rem;text-indent:2em}
    svg.chart{display:block;width:100%;max-width:44rem;height:auto}
    svg .grid{stroke:var(--line);stroke-width:1}
    svg .ax{font-size:11px;fill:var(--muted)}
    .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
    table.disp{width:100%}
    table.disp th.term{white-space:nowrap;width:1%}
    table.disp td.strip{width:100%;min-width:14rem;padding:.2rem .3rem}
    table.disp svg{display:block;width:100%;height:20px}
    table.disp rect.even{fill:var(--soft)}
    table.disp rect.odd{fill:#e8ecf0}
    .axis{display:flex;font-size:.75rem;color:var(--muted)}
    .axis span{overflow:hidden;white-space:nowrap;text-align:center}
    input.filter{font:inherit;font-size:.9rem;padding:.2rem .5rem;margin:.25rem 0;border:1px solid var(--line);border-radius:4px;width:12rem;max-width:100%}
    th.sort{cursor:pointer}
    th[aria-sort=ascending]::after{content:" ▲";font-size:.7em}
    th[aria-sort=descending]::after{content:" ▼";font-size:.7em}
    footer{margin-top:3rem;padding-top:.6rem;border-top:1px solid var(--line);font-size:.85rem;color:var(--muted)}
    @media (max-width:40rem){
      body{font-size:15px}
      .page{padding:.75rem .8rem 2rem}
      h1{font-size:1.4rem}
      h2{font-size:1.12rem;margin-top:1.8rem}
      dl.meta{grid-template-columns:minmax(0,1fr)}
      dl.meta dt{margin-top:.3rem}
      .stats dd{font-size:1.15rem}
      th,td{padding:.3rem .45rem}
      th .en,td .code{display:none}
    }
    @media print{
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{font-size:10.5pt;line-height:1.55}
      .page{max-width:none;padding:0}
      nav.top,input.filter{display:none}
      a{color:inherit}
      .scroll{overflow:visible}
      table{font-size:9pt}
      tr.fig{break-after:avoid;page-break-after:avoid}
      h2,h3{break-after:avoid;page-break-after:avoid}
      tr,.stats div{break-inside:avoid;page-break-inside:avoid}
      table.heat th.term{position:static}
    }
    """
}
