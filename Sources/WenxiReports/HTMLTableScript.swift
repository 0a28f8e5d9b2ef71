/// The index page's one inline script: tables of class `sortable` sort by a click (or Enter) on a
/// header, numbers as numbers, and get a box that filters their rows by what is typed. Without
/// scripts the tables are simply shown as written. It uses neither `&` nor `<`, so the page needs no
/// escaping inside it, and it fetches nothing.
enum HTMLTableScript {
    static let script = """
    <script>
    (function () {
      function key(row, i) {
        var cell = row.cells[i], text = cell ? cell.textContent.trim() : '';
        var number = parseFloat(text.replace(/,/g, '').replace('−', '-'));
        return isNaN(number) ? { text: text } : { number: number, text: text };
      }
      function compare(a, b) {
        if (a.number !== undefined) {
          if (b.number !== undefined) { return a.number - b.number; }
          return -1;
        }
        if (b.number !== undefined) { return 1; }
        return a.text.localeCompare(b.text, 'zh');
      }
      Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
        var body = table.tBodies[0];
        if (!body || !table.tHead) { return; }
        var box = document.createElement('input');
        box.type = 'search';
        box.className = 'filter';
        box.placeholder = '筛选 Filter';
        box.setAttribute('aria-label', '筛选 Filter');
        box.addEventListener('input', function () {
          var query = box.value.trim().toLowerCase();
          Array.prototype.forEach.call(body.rows, function (row) {
            row.hidden = query !== '' ? row.textContent.toLowerCase().indexOf(query) === -1 : false;
          });
        });
        var holder = table.parentNode.classList.contains('scroll') ? table.parentNode : table;
        holder.parentNode.insertBefore(box, holder);
        var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
        Array.prototype.forEach.call(heads, function (head, i) {
          head.tabIndex = 0;
          head.classList.add('sort');
          function sort() {
            var ascending = head.getAttribute('aria-sort') !== 'ascending';
            Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
            head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) { var d = compare(key(a, i), key(b, i)); return ascending ? d : -d; });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          head.addEventListener('click', sort);
          head.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
          });
        });
      });
    })();
    </script>
    """
}
