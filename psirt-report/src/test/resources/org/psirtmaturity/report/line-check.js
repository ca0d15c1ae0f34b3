// Injected by HtmlRenderingTest into a copy of a page (without its Content-Security-Policy): lays the
// page out at several widths and lists every line of a heading, paragraph, caption, card text or
// table cell that holds a single character while its element has more than one line. The result is
// written into a pre element with the id line-check, which the test reads from the --dump-dom output.
(function () {
  var out = [];
  var h2 = document.querySelector('h2');
  out.push('word-break: ' + getComputedStyle(h2).wordBreak);
  var selector = 'h1, h2, h3, p, figcaption, .card .label, .card .detail, td, th';
  var widths = [1280, 800, 390];
  for (var w = 0; w < widths.length; w++) {
    document.documentElement.style.width = widths[w] + 'px';
    var els = document.querySelectorAll(selector);
    var checked = 0;
    for (var e = 0; e < els.length; e++) {
      var el = els[e];
      var lines = [];
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      var node;
      while ((node = walker.nextNode())) {
        var text = node.data;
        for (var i = 0; i < text.length; i++) {
          var code = text.charCodeAt(i);
          var len = code >= 0xD800 && code < 0xDC00 ? 2 : 1;
          var c = text.substr(i, len);
          var start = i;
          i += len - 1;
          if (/\s/.test(c)) {
            continue;
          }
          var range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + len);
          var rects = range.getClientRects();
          if (!rects.length || rects[0].height === 0) {
            continue;
          }
          var mid = rects[0].top + rects[0].height / 2;
          var line = null;
          for (var k = 0; k < lines.length; k++) {
            if (Math.abs(lines[k].mid - mid) < rects[0].height / 2) {
              line = lines[k];
            }
          }
          if (!line) {
            line = {mid: mid, text: ''};
            lines.push(line);
          }
          line.text += c;
        }
      }
      checked++;
      for (var k = 0; lines.length > 1 && k < lines.length; k++) {
        if (Array.from(lines[k].text).length === 1) {
          out.push('alone at ' + widths[w] + ' px: ' + el.tagName.toLowerCase() + ' ' + JSON.stringify(lines[k].text)
              + ' in ' + JSON.stringify(el.textContent.trim().slice(0, 60)));
        }
      }
    }
    out.push('checked at ' + widths[w] + ' px: ' + checked);
  }
  var pre = document.createElement('pre');
  pre.id = 'line-check';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
})();
