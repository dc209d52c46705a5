// The backer page: tiers, a live quote, a checkout, and on return the pledge's status until credited.
const api = '/api/v1/fiat';
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const token = sessionStorage.getItem('agentvault.token');

const avt = (text) => text.replace(/\.?0+$/, '');
const problem = async (response) => {
  const body = await response.json().catch(() => ({}));
  return body.detail || `HTTP ${response.status}`;
};

async function showTiers() {
  const response = await fetch(`${api}/tiers`);
  if (!response.ok) {
    $('unavailable').hidden = false;
    $('unavailable-reason').textContent = await problem(response);
    return false;
  }
  const table = await response.json();
  const rows = table.tiers.map((t) => {
    const tr = document.createElement('tr');
    for (const cell of [t.name, t.flare, `${t.min_eur} – ${t.max_eur}`, avt(t.avt_per_eur)]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    return tr;
  });
  $('tiers').querySelector('tbody').replaceChildren(...rows);
  $('eur').min = table.min_eur;
  $('eur').max = table.max_eur;
  $('pledge').hidden = false;
  return true;
}

let quoteSeq = 0;
async function updateQuote() {
  const seq = ++quoteSeq;
  const response = await fetch(`${api}/quote`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ eur_amount: $('eur').value }),
  });
  if (seq !== quoteSeq) return;
  if (!response.ok) {
    $('quote').textContent = await problem(response);
    return;
  }
  const q = await response.json();
  $('quote').textContent = `Your pledge comes with ${avt(q.avt_amount)} AVT credit and the ${q.flare} flare of the ${q.tier_name} tier.`;
}

async function pledge(event) {
  event.preventDefault();
  $('form-error').textContent = '';
  const body = { eur_amount: $('eur').value };
  const headers = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
  if (token && $('agent').value) {
    headers.authorization = `Bearer ${token}`;
    body.agent_did = $('agent').value;
  } else {
    body.customer_email = $('email').value;
  }
  $('pledge-button').disabled = true;
  const response = await fetch(`${api}/checkout-session`, { method: 'POST', headers, body: JSON.stringify(body) });
  $('pledge-button').disabled = false;
  if (!response.ok) {
    $('form-error').textContent = await problem(response);
    return;
  }
  const session = await response.json();
  location.assign(session.checkout_url);
}

async function follow(sessionId) {
  $('status').hidden = false;
  for (let delay = 1000; ; delay = Math.min(delay * 1.5, 10000)) {
    const response = await fetch(`${api}/purchase/${encodeURIComponent(sessionId)}`);
    if (response.ok) {
      const p = await response.json();
      if (p.credited) {
        const where = p.agent_did ? `to ${p.agent_did}` : 'and is waiting to be claimed with your email';
        $('status-text').textContent = `Your ${p.eur_amount} EUR pledge is confirmed: ${avt(p.avt_amount)} AVT credited ${where}. Your ${p.flare} flare is on its way.`;
        $('status').dataset.state = 'credited';
        return;
      }
      if (p.status === 'expired') {
        $('status-text').textContent = 'This checkout expired before it was paid. You can start a new pledge.';
        $('status').dataset.state = 'expired';
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

const available = await showTiers();
if (available) {
  $('eur').addEventListener('input', updateQuote);
  $('pledge-form').addEventListener('submit', pledge);
  updateQuote();
  const sessionId = params.get('session_id');
  if (sessionId) follow(sessionId);
}
