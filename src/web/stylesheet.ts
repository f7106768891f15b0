/**
 * The app's one stylesheet, served from /static/app.css so the Content-Security-Policy can
 * forbid inline <style> blocks. Colours meet WCAG AA contrast on white.
 */
export const STYLESHEET = `
:root{--ink:#101828;--muted:#475467;--line:#d0d5dd;--bg:#f8fafc;--card:#fff;--accent:#1d4ed8;--accent-ink:#fff;--good:#067647;--warn:#b54708;--bad:#b42318;--info:#175cd3;--radius:10px}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}
.offscreen{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
header.top{background:#0f172a;color:#fff}
header.top .bar{max-width:980px;margin:0 auto;padding:10px 16px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
header.top .brand{font-weight:700;color:#fff;text-decoration:none;margin-right:auto}
header.top nav{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center}
header.top nav a{color:#e2e8f0;text-decoration:none;padding:4px 2px}
header.top nav a[aria-current=page]{color:#fff;border-bottom:2px solid #93c5fd}
header.top form{margin:0}
header.top .linkish{background:none;border:0;color:#e2e8f0;font:inherit;cursor:pointer;padding:4px 2px}
main{max-width:980px;margin:0 auto;padding:20px 16px 48px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 4px}
h2{font-size:1.15rem;margin:28px 0 10px}
h3{font-size:1rem;margin:0 0 6px}
.card>h2:first-child,.report>h2:first-child{margin-top:0}
.sub{color:var(--muted);margin:0 0 18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:16px;margin:0 0 12px}
.cards{display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(280px,1fr))}
.cards .card{margin:0}
.card h3 a{text-decoration:none}
.meta{color:var(--muted);font-size:.92rem;margin:2px 0}
.pill{display:inline-block;font-size:.8rem;font-weight:600;border-radius:999px;padding:1px 9px;border:1px solid currentColor;white-space:nowrap}
.good{color:var(--good)}.warn{color:var(--warn)}.bad{color:var(--bad)}.info{color:var(--info)}.muted{color:var(--muted)}
.progress{height:6px;background:#e4e7ec;border-radius:3px;overflow:hidden;margin:8px 0 4px}
.progress span{display:block;height:100%;background:var(--good)}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:12px 0}
.button,button{display:inline-block;font:inherit;font-weight:600;border-radius:8px;padding:8px 14px;border:1px solid var(--accent);background:var(--accent);color:var(--accent-ink);text-decoration:none;cursor:pointer;min-height:40px}
.button.secondary,button.secondary{background:#fff;color:var(--accent)}
button.danger,.button.danger{background:var(--bad);border-color:var(--bad);color:#fff}
button.small{padding:4px 10px;min-height:32px;font-size:.9rem}
label{display:block;font-weight:600;margin:0 0 4px}
.hint{display:block;color:var(--muted);font-weight:400;font-size:.88rem;margin:-2px 0 4px}
.field{margin:0 0 14px}
input[type=text],input[type=email],input[type=password],input[type=number],input[type=datetime-local],input[type=file],select,textarea{width:100%;font:inherit;color:var(--ink);background:#fff;border:1px solid #98a2b3;border-radius:8px;padding:8px 10px}
textarea{min-height:4.5em;resize:vertical}
textarea.tall{min-height:14em;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92rem}
.invalid input,.invalid textarea,.invalid select{border-color:var(--bad);border-width:2px}
.error{display:block;color:var(--bad);font-weight:600;font-size:.9rem;margin-top:4px}
.grid2{display:grid;gap:0 16px;grid-template-columns:repeat(auto-fit,minmax(240px,1fr))}
fieldset{border:1px solid var(--line);border-radius:var(--radius);padding:12px 16px 4px;margin:0 0 14px;background:#fff}
legend{font-weight:700;padding:0 6px}
.checks{display:grid;gap:6px 16px;grid-template-columns:repeat(auto-fill,minmax(260px,1fr))}
.checks label{font-weight:400;display:flex;gap:8px;align-items:flex-start}
.checks code{font-weight:600}
.alert{border-radius:var(--radius);padding:12px 16px;margin:0 0 16px;border:1px solid}
.alert.bad{background:#fef3f2;border-color:#fda29b}
.alert.good{background:#ecfdf3;border-color:#75e0a7}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #eaecf0;vertical-align:top}
th{font-size:.85rem;color:var(--muted);background:#f9fafb}
.table-wrap{overflow-x:auto}
.timeline{margin:12px 0;background:#fff;border:1px solid var(--line);border-radius:var(--radius);padding:0 0 10px}
.tl-chart{position:relative}
.tl-chart>span{position:absolute;display:block}
.tl-axis{left:0;right:0;height:2px;margin-top:-1px;background:var(--line)}
.tl-band{border:1px solid}
.tl-interview{background:#344054;border-color:#101828}
.tl-early{background:repeating-linear-gradient(135deg,#fda29b 0 4px,#fef3f2 4px 7px);border-color:#b42318}
.tl-best{background:#75e0a7;border-color:#067647}
.tl-late{background:repeating-linear-gradient(90deg,#fec84b 0 3px,#fffaeb 3px 6px);border-color:#b54708}
.tl-connector{width:0;border-left:1px solid #667085}
.tl-now{width:0;border-left:2px dashed var(--accent)}
.tl-marker{width:14px;height:14px;margin:-7px 0 0 -7px;border:2px solid #fff}
.tl-on-time{background:var(--good);border-radius:50%}
.tl-late-send{background:var(--warn);transform:rotate(45deg)}
.tl-off-time{background:var(--bad)}
.tl-label{background:#fff;color:#344054;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tl-legend{list-style:none;margin:0;padding:10px 12px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85rem}
.tl-legend li{display:flex;align-items:center;gap:6px}
.tl-key{display:inline-block;flex:none;width:20px;height:12px}
.tl-key.tl-marker{width:12px;height:12px;margin:0;border:0}
.tl-key.tl-now{width:0;height:16px}
.report{background:#fff;border:1px solid var(--line);border-radius:var(--radius);padding:16px;margin:0 0 20px}
.empty{color:var(--muted);font-style:italic}
.login{max-width:380px;margin:8vh auto}
ul.plain{list-style:none;padding:0;margin:0}
@media (max-width:560px){h1{font-size:1.35rem}main{padding:14px 12px 40px}th,td{padding:6px}}
`;
