// The proof page: the visitor's own receipt, what the receiver stored under its id (GET
// /v1/consents/:id, the visitor's right of access), and the site's latest decisions.
const text = (id, value) => (document.getElementById(id).textContent = value);

function cell(value) {
  const td = document.createElement('td');
  td.textContent = value;
  return td;
}

async function showLatest() {
  const records = await (await fetch('/demo/records.json')).json();
  if (records.length === 0) return;
  document.getElementById('records').replaceChildren(
    ...records.map((record) => {
      const row = document.createElement('tr');
      const { receipt } = record;
      row.append(cell(record.receivedAt), cell(receipt.method), cell(receipt.regime), cell(receipt.revision), cell(receipt.path), cell(`${record.hash.slice(0, 12)}…`));
      return row;
    }),
  );
}

async function showMine() {
  const receipt = window.Consentry?.receipt?.();
  if (!receipt) return;
  text('receipt', JSON.stringify(receipt, null, 2));
  const answer = await fetch(`/v1/consents/${receipt.id}`);
  if (!answer.ok) return text('agreement', 'The server has no record of this consent id yet.');
  const { records } = await answer.json();
  text('stored', JSON.stringify(records, null, 2));
  const latest = records.find((record) => record.receipt.timestamp === receipt.timestamp);
  text('agreement', latest && JSON.stringify(latest.receipt) === JSON.stringify(receipt)
    ? `Your receipt and the stored record agree field for field (record ${latest.seq} of ${latest.site}).`
    : 'The stored records do not include your latest receipt.');
}

showMine();
showLatest();
// The record goes by sendBeacon, which tells the page nothing back: look again a moment later.
window.Consentry?.on?.('change', () => setTimeout(() => (showMine(), showLatest()), 300));
