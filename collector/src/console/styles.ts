// The console's one stylesheet, served as /console/console.css (a file of its own so the CSP can
// forbid inline styles). System fonts; fits a 390 px phone: tables scroll inside their own box.
export const CONSOLE_CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;--accept:#1d7a46;--review:#9a6200;--reject:#b42318;font-family:system-ui,-apple-system,"Hiragino Sans","Yu Gothic UI","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg)}
*{box-sizing:border-box}body{margin:0;line-height:1.5}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,tr:focus-visible{outline:3px solid #f0a400;outline-offset:1px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header.top{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;padding:8px 16px;background:#14213d;color:#fff}
header.top a,header.top button.link{color:#fff}header.top .brand{font-weight:700;margin-right:8px;text-decoration:none}
header.top nav{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}header.top form{display:inline;margin:0}
main{padding:16px;max-width:1200px;margin:0 auto}
h1{font-size:1.4rem;margin:.2em 0 .6em}h2{font-size:1.1rem;margin:1.2em 0 .5em}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin-bottom:16px}
.row{display:flex;flex-wrap:wrap;gap:16px}.row>.card{flex:1 1 320px}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600;white-space:nowrap}tr.current{background:#eaf1fd}
.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.85rem;font-weight:600;color:#fff}
.badge.accept{background:var(--accept)}.badge.review{background:var(--review)}.badge.reject{background:var(--reject)}.badge.label{background:#4a5568}
.score-big{font-size:2.4rem;font-weight:700;line-height:1}.muted{color:var(--muted)}.small{font-size:.85rem}
.notice{padding:8px 12px;border-radius:6px;background:#e7f5ec;border:1px solid #9bd3b0;margin-bottom:12px}
.error{padding:8px 12px;border-radius:6px;background:#fdecea;border:1px solid #f1a9a0;margin-bottom:12px}
form.inline{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}label{display:flex;flex-direction:column;font-size:.9rem;gap:2px}
input,select,textarea,button{font:inherit}input,select,textarea{padding:6px 8px;border:1px solid #aab1bf;border-radius:6px;max-width:100%}
button{padding:6px 14px;border-radius:6px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f5fbf}button.danger{background:var(--reject);border-color:var(--reject)}button.ok{background:var(--accept);border-color:var(--accept)}
button.link{background:none;border:none;padding:0;text-decoration:underline;color:var(--accent)}
.decide{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}kbd{font-size:.8em;border:1px solid #aab1bf;border-radius:3px;padding:0 4px;background:#fff;color:#1d2330}
.tabs{display:flex;gap:4px;flex-wrap:wrap;margin-bottom:8px}.tabs a{padding:4px 12px;border-radius:6px;border:1px solid var(--line);text-decoration:none;background:#fff}.tabs a[aria-current=page]{background:#14213d;color:#fff}
svg{max-width:100%;height:auto}.bar{fill:#1f5fbf}
pre,code{white-space:pre-wrap;word-break:break-all}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
@media (max-width:600px){main{padding:8px}header.top{padding:8px}.hide-narrow{display:none}}
`;
