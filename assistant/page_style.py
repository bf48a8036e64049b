"""The app page's own CSS and JavaScript (plain strings; `ui.py` hands them to gradio).

- `CSS`: source cards, Markdown tables in the chat, a sources column that fits the screen (sticky on wide
  screens, stacked under the chat on a phone), filter chips, the bar chart and the fiche list;
- `CLICK_JS`: `js_on_load` of the chips and of the fiche list: a click on an element with `data-key` sends a
  `select` event whose value is that key (`sort:titre`, `page:2`, `remove:departement=Nord`);
- `CLOSE_JS`: the notice's × hides it;
- `REVEAL_JS` (page load) installs `window.fichesRevealAnswer()`, which scrolls the chat (and the page when the
  chat is off screen) so that the newest answer shows from its first line, and calls it whenever an answer
  appears; `REVEAL_NOW_JS` calls it after an answer was replaced (refinement) or completed.
"""

CSS = """
#header h2 { margin-bottom: .1rem; }
#header p { margin-top: 0; }
#notice { border: 1px solid #93c5fd; background: #eff6ff; color: #1e3a8a; border-radius: 8px;
  padding: .4rem 2.2rem .4rem .8rem; position: relative; font-size: .92rem; }
#notice button.close { position: absolute; right: .4rem; top: .2rem; border: none; background: none;
  font-size: 1.2rem; cursor: pointer; color: inherit; }
#notice code { background: #dbeafe; padding: 0 .25rem; border-radius: 4px; }
.sources { display: flex; flex-direction: column; gap: .6rem; }
.source-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .8rem;
  background: var(--block-background-fill); overflow-wrap: anywhere; }
.source-card .card-title { font-size: 1rem; margin-bottom: .15rem; }
.source-card .card-place, .source-card .card-statut, .source-card .card-why { color: var(--body-text-color-subdued); font-size: .88rem; }
.source-card .card-keywords { margin: .3rem 0; }
.source-card .chip { display: inline-block; border: 1px solid var(--border-color-primary); border-radius: 999px;
  padding: 0 .5rem; margin: 0 .15rem .15rem 0; font-size: .8rem; }
.source-card .chip.match { background: #fde68a; color: #1f2937; border-color: #f59e0b; font-weight: 600; }
.source-card .card-excerpt { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #93c5fd;
  font-size: .88rem; }
.source-card .card-links .btn { margin-right: .8rem; font-size: .88rem; }
.sources-empty { color: var(--body-text-color-subdued); }
#sources-title h3 { margin: .2rem 0 .4rem; }
@media (min-width: 900px) {
  #sources-col { position: sticky; top: .5rem; align-self: flex-start; }
  #sources { max-height: max(18rem, calc(100vh - 17rem)); overflow-y: auto; padding-right: .3rem; }
}
#chat .message-content table { border-collapse: collapse; margin: .4rem 0; font-size: .92rem; }
#chat .message-content th, #chat .message-content td { border: 1px solid var(--border-color-primary);
  padding: .15rem .55rem; }
#chat .message-content th { background: var(--block-background-fill); }
.filter-chips { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; margin: .1rem 0 .3rem; }
.filter-chips .chips-title { font-size: .88rem; color: var(--body-text-color-subdued); }
.filter-chip { border: 1px solid #f59e0b; background: #fef3c7; color: #1f2937; border-radius: 999px;
  padding: .05rem .65rem; font-size: .85rem; cursor: pointer; }
.filter-chip:hover { background: #fde68a; }
#feedback-thanks p { margin: .2rem 0; font-weight: 600; color: #166534; }
.bars { margin: .2rem 0; }
.bars figcaption { font-weight: 600; margin-bottom: .35rem; }
.bars-head, .bar-row, .bars-axis { display: grid; grid-template-columns: minmax(6rem, 32%) 1fr; gap: .6rem;
  align-items: center; }
.bars-list { list-style: none; margin: 0; padding: 0; }
.bar-row { padding: .1rem 0; margin: 0; }
.bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; text-align: right; font-size: .86rem; }
.bar-track { display: flex; align-items: center; gap: .35rem; padding-right: 2.4rem; min-width: 0; }
.bar { display: block; flex: none; height: 1rem; background: #f97316; border-radius: 0 3px 3px 0; min-width: 2px; }
.bar-row.other .bar { background: #9ca3af; }
.bar-value { font-size: .82rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bars-axis .ticks { position: relative; height: 1.2rem; border-top: 1px solid var(--border-color-primary);
  margin-right: 2.4rem; }
.bars-axis .tick { position: absolute; top: .1rem; transform: translateX(-50%); font-size: .75rem;
  color: var(--body-text-color-subdued); }
.axis-title { font-size: .78rem; color: var(--body-text-color-subdued); }
.axis-title.y { text-align: right; }
.bars-note { font-size: .8rem; color: var(--body-text-color-subdued); margin: .2rem 0 0; }
.listing table { width: 100%; border-collapse: collapse; font-size: .9rem; }
.listing caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
.listing th, .listing td { border-bottom: 1px solid var(--border-color-primary); padding: .3rem .5rem;
  text-align: left; vertical-align: top; }
.listing th button { background: none; border: none; font-weight: 600; cursor: pointer; padding: 0; color: inherit; }
.listing-scroll { overflow-x: auto; }
.pager { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; margin: .2rem 0 .4rem; }
.pager button { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: .15rem .6rem;
  background: var(--button-secondary-background-fill); cursor: pointer; color: inherit; }
.pager button[disabled] { opacity: .4; cursor: default; }
.pager-info { font-size: .88rem; }
"""

CLICK_JS = """
element.addEventListener('click', (event) => {
  const target = event.target.closest('[data-key]');
  if (!target || target.disabled) return;
  event.preventDefault();
  trigger('select', {value: target.dataset.key, index: 0});
});
"""

CLOSE_JS = """
element.addEventListener('click', (event) => {
  if (event.target.closest('button.close')) element.style.display = 'none';
});
"""

REVEAL_JS = """
() => {
  const scroller = (node, root) => {
    for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) return el;
    }
    return null;
  };
  const reveal = () => {
    const chat = document.querySelector('#chat');
    const rows = chat ? chat.querySelectorAll('.message-row.bot-row') : [];
    const row = rows[rows.length - 1];
    if (!row) return;
    const box = scroller(row, chat);
    if (box) {
      const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      box.scrollTop = Math.max(0, top - 40);
    }
    const rect = row.getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight - 120) window.scrollBy(0, rect.top - 90);
  };
  // after the next paint: the new message is laid out, the user has not seen it yet
  window.fichesRevealAnswer = () => requestAnimationFrame(() => requestAnimationFrame(reveal));
  let count = 0;
  const watch = () => {
    const rows = document.querySelectorAll('#chat .message-row.bot-row').length;
    if (rows > count) window.fichesRevealAnswer();
    count = rows;
  };
  new MutationObserver(watch).observe(document.querySelector('#chat') || document.body,
    {childList: true, subtree: true});
}
"""

REVEAL_NOW_JS = "() => { if (window.fichesRevealAnswer) window.fichesRevealAnswer(); }"
