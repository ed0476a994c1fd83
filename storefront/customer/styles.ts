/** The customer pages' own small stylesheet: mobile first, readable, no UI kit. */
export const customerStyles = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#f6f6f6}
a{color:#0b57d0}
.sfc-top,.sfc-foot{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:10px 16px;background:#fff;border-bottom:1px solid #e5e5e5}
.sfc-foot{border-top:1px solid #e5e5e5;border-bottom:0;font-size:14px;color:#555}
.sfc-back{text-decoration:none;font-weight:600;flex:1}
.sfc-me{text-decoration:none}
.sfc-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sfc-main{max-width:560px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:4px 0 12px}
h2{font-size:18px;margin:20px 0 8px}
.sfc-card{background:#fff;border-radius:12px;padding:14px 16px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.sfc-price{font-size:26px;font-weight:700;color:#c62828}
.sfc-was{color:#777;text-decoration:line-through;margin-left:8px}
.sfc-photos{display:flex;gap:8px;overflow-x:auto;margin:0 0 12px}
.sfc-photos img{width:220px;height:160px;object-fit:cover;border-radius:10px;flex:none}
.sfc-list{margin:0;padding-left:20px}
.sfc-notice{padding:10px 12px;border-radius:8px;margin:0 0 12px}
.sfc-error{background:#fdecea;color:#8a1c13}
.sfc-info{background:#e8f0fe;color:#0b3d91}
label{display:block;margin:0 0 10px;font-weight:600}
input,select,textarea{display:block;width:100%;margin-top:4px;padding:10px 12px;font:inherit;border:1px solid #bbb;border-radius:8px;background:#fff}
button,.sfc-button{display:inline-block;padding:11px 18px;font:inherit;font-weight:600;border:0;border-radius:8px;background:#c62828;color:#fff;cursor:pointer;text-decoration:none}
.sfc-secondary{background:#fff;color:#1f1f1f;border:1px solid #bbb}
.sfc-link{background:none;color:#0b57d0;padding:0;font-weight:400;text-decoration:underline}
.sfc-slots{display:flex;flex-wrap:wrap;gap:8px;border:0;padding:0;margin:0 0 12px}
.sfc-slots label{font-weight:400;margin:0}
.sfc-slots input{display:inline;width:auto;margin:0 6px 0 0}
.sfc-slot{display:flex;align-items:center;padding:8px 12px;border:1px solid #bbb;border-radius:8px;background:#fff}
.sfc-qr{display:block;width:200px;height:200px;margin:8px auto}
.sfc-code{font:600 20px ui-monospace,monospace;letter-spacing:2px}
.sfc-state{display:inline-block;padding:2px 8px;border-radius:999px;background:#eee;font-size:14px}
.sfc-figures{display:flex;gap:12px;flex-wrap:wrap}
.sfc-figures div{flex:1 1 140px}
.sfc-figure{font-size:22px;font-weight:700}
.sfc-muted{color:#666;font-size:14px}
table{width:100%;border-collapse:collapse;font-size:14px}
td{padding:6px 4px;border-bottom:1px solid #eee}
td.sfc-num{text-align:right;white-space:nowrap}
`;
