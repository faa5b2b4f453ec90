// Generates an organisation's calendars as one Google-style .ics export per person, plus the
// roster (people.yaml) that knows where everyone is. Used by `npm run bench` (a 200-person
// organisation over a year), the shard test and the README's team-lead walk-through (a 30-person
// team over a month). Deterministic: the same arguments give the same files.
//
//   node bench/calendars.mjs OUT_DIR [--people 30] [--from 2026-03-02] [--weeks 4]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ZONES = {
  'Europe/London': ['+0000', '+0100', '-1SU', 3, '-1SU', 10],
  'America/New_York': ['-0500', '-0400', '2SU', 3, '1SU', 11],
  'Asia/Kolkata': ['+0530'],
  'Asia/Tokyo': ['+0900'],
};
const FIRST = ['Alice', 'Bob', 'Carol', 'Dev', 'Erin', 'Farah', 'Gabe', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Xavi', 'Yara', 'Zoe'];
const LAST = ['Martin', 'Chen', 'Diaz', 'Patel', 'Ono', 'Khan', 'Silva', 'Berg', 'Novak', 'Li', 'Mensah', 'Roth', 'Ruiz', 'Adeyemi', 'Haddad', 'Iyer'];

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function vtimezone(zone) {
  const z = ZONES[zone];
  if (z.length === 1) return ['BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:STANDARD', `TZOFFSETFROM:${z[0]}`, `TZOFFSETTO:${z[0]}`, 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'];
  const [std, dst, dstDay, dstMonth, stdDay, stdMonth] = z;
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, 'BEGIN:DAYLIGHT', `TZOFFSETFROM:${std}`, `TZOFFSETTO:${dst}`, `DTSTART:1970030${zone === 'Europe/London' ? '1T010000' : '8T020000'}`, `RRULE:FREQ=YEARLY;BYMONTH=${dstMonth};BYDAY=${dstDay}`, 'END:DAYLIGHT', 'BEGIN:STANDARD', `TZOFFSETFROM:${dst}`, `TZOFFSETTO:${std}`, `DTSTART:1970102${zone === 'Europe/London' ? '5T020000' : '1T020000'}`, `RRULE:FREQ=YEARLY;BYMONTH=${stdMonth};BYDAY=${stdDay}`, 'END:STANDARD', 'END:VTIMEZONE'];
}

/** 75 characters a line, continuation lines starting with a space (RFC 5545 folding, as Google does). */
const fold = (line) => (line.length <= 75 ? line : [line.slice(0, 75), ...line.slice(75).match(/.{1,74}/g).map((l) => ` ${l}`)].join('\r\n'));
const stamp = (date, hour, minute) => `${date.replace(/-/g, '')}T${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekday = (date) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The first day on or after `date` that is the given weekday (1 = Monday). */
const onOrAfter = (date, day) => addDays(date, (day - weekday(date) + 7) % 7);

export function generate({ people: count = 30, from = '2026-03-02', weeks = 4, seed = 7 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const zoneNames = Object.keys(ZONES);
  const people = Array.from({ length: count }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`;
    const team = Math.floor(i / 8);
    return { name, email: `${name.toLowerCase().replace(/ /g, '.')}@example.com`, team, zone: zoneNames[team % zoneNames.length] };
  });
  const teams = [...new Set(people.map((p) => p.team))].map((t) => people.filter((p) => p.team === t));
  const events = [];
  const until = addDays(from, weeks * 7);
  const series = (title, organizer, attendees, { day, hour, minute = 0, minutes, rule, description = '' }) =>
    events.push({ uid: `s${events.length}-${seed}@example.com`, title, organizer, attendees, start: stamp(onOrAfter(addDays(from, -14), day), hour, minute), minutes, rule, description, zone: organizer.zone });
  const once = (title, organizer, attendees, date, hour, minutes) => events.push({ uid: `o${events.length}-${seed}@example.com`, title, organizer, attendees, start: stamp(date, hour, 0), minutes, zone: organizer.zone });
  for (const team of teams) {
    const [lead, ...rest] = team;
    series('Daily standup', lead, team, { day: 1, hour: 9, minute: 30, minutes: 15, rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' });
    series(`Team ${lead.team + 1} weekly status`, lead, team, { day: 2, hour: 10, minutes: 60, rule: 'FREQ=WEEKLY;BYDAY=TU', description: 'Round the table: updates from each of us.' });
    series('Sprint retro', lead, team, { day: 5, hour: 14, minutes: 60, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR' });
    series('Sprint planning', lead, team, { day: 1, hour: 13, minutes: 90, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' });
    for (const report of rest) series(`${lead.name.split(' ')[0]} / ${report.name.split(' ')[0]} 1:1`, lead, [lead, report], { day: 3, hour: 11 + (rest.indexOf(report) % 5), minutes: 30, rule: 'FREQ=WEEKLY;BYDAY=WE' });
  }
  const leads = teams.map((t) => t[0]);
  if (leads.length > 1) {
    series('Leads sync', leads[0], leads, { day: 4, hour: 15, minutes: 60, rule: 'FREQ=WEEKLY;BYDAY=TH' });
    series('Architecture review', leads[1], [...leads, ...teams.map((t) => t[1]).filter(Boolean)], { day: 3, hour: 16, minutes: 60, rule: 'FREQ=WEEKLY;BYDAY=WE' });
  }
  series('All hands', people[0], people, { day: 5, hour: 16, minutes: 60, rule: 'FREQ=MONTHLY;BYDAY=1FR' });
  for (let i = 0; i + 1 < people.length; i += 5) series('Coffee chat', people[i], [people[i], people[(i + 7) % people.length]], { day: 4, hour: 12, minutes: 30, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' });
  const titles = ['Project kickoff', 'Incident review', 'Q3 roadmap', 'Vendor demo', 'Hiring debrief', 'Design crit', 'Budget approval', 'Pairing session', 'Customer call prep', 'Migration plan'];
  for (let n = 0; n < count * weeks * 0.6; n++) {
    const organizer = pick(people);
    const size = 2 + Math.floor(rand() * 6);
    const attendees = [organizer, ...Array.from({ length: size }, () => pick(people))];
    let date = addDays(from, Math.floor(rand() * weeks * 7));
    if (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 2);
    once(pick(titles), organizer, [...new Set(attendees)], date, 9 + Math.floor(rand() * 8), pick([30, 45, 60]));
  }
  // Everyone's answers: mostly accepted, some declined or never answered; decided once per event and person.
  for (const e of events) e.answers = new Map(e.attendees.map((p) => [p.email, p === e.organizer ? 'ACCEPTED' : rand() < 0.8 ? 'ACCEPTED' : rand() < 0.5 ? 'DECLINED' : 'NEEDS-ACTION']));
  const files = new Map(people.map((p) => [p.email, []]));
  for (const e of events) for (const p of e.attendees) files.get(p.email).push(e);
  const ics = (person) => {
    const mine = files.get(person.email);
    const zones = [...new Set(mine.map((e) => e.zone))].sort();
    const lines = ['BEGIN:VCALENDAR', 'PRODID:-//commtriage bench//Google-style export//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${person.email}`, `X-WR-TIMEZONE:${person.zone}`, ...zones.flatMap(vtimezone)];
    for (const e of mine) {
      const end = new Date(Date.parse(`${e.start.slice(0, 4)}-${e.start.slice(4, 6)}-${e.start.slice(6, 8)}T${e.start.slice(9, 11)}:${e.start.slice(11, 13)}:00Z`) + e.minutes * 60_000);
      const endStamp = end.toISOString().replace(/[-:]/g, '').slice(0, 15);
      lines.push('BEGIN:VEVENT', `DTSTART;TZID=${e.zone}:${e.start}`, `DTEND;TZID=${e.zone}:${endStamp}`);
      if (e.rule) lines.push(`RRULE:${e.rule};UNTIL=${until.replace(/-/g, '')}T000000Z`);
      lines.push('DTSTAMP:20260101T000000Z', `ORGANIZER;CN=${e.organizer.name}:mailto:${e.organizer.email}`, `UID:${e.uid}`);
      for (const p of e.attendees) lines.push(fold(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${e.answers.get(p.email)};CN=${p.name};X-NUM-GUESTS=0:mailto:${p.email}`));
      if (e.description) lines.push(fold(`DESCRIPTION:${e.description}`));
      lines.push('SEQUENCE:0', 'STATUS:CONFIRMED', `SUMMARY:${e.title}`, 'TRANSP:OPAQUE', 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    return `${lines.join('\r\n')}\r\n`;
  };
  const roster = `people:\n${people.map((p) => `  - { name: ${p.name}, zone: ${p.zone}${p.zone === 'Asia/Kolkata' ? ', hours: 10:00-18:00' : ''} }`).join('\n')}\n`;
  return { people, events, ics, roster };
}

export function writeCalendars(dir, options) {
  const { people, events, ics, roster } = generate(options);
  mkdirSync(join(dir, 'team'), { recursive: true });
  const files = people.map((p) => {
    const file = join(dir, `${p.email.split('@')[0]}.ics`);
    writeFileSync(file, ics(p));
    return file;
  });
  writeFileSync(join(dir, 'team', 'people.yaml'), roster);
  // --rules team/ reads the roster beside the rules: the built-in rules, unchanged.
  writeFileSync(join(dir, 'team', 'rules.yaml'), 'extends: builtin\n');
  return { files, series: events.length, rosterDir: join(dir, 'team') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    console.error('usage: node bench/calendars.mjs OUT_DIR [--people 30] [--from 2026-03-02] [--weeks 4]');
    process.exit(2);
  }
  const { files, series, rosterDir } = writeCalendars(out, { people: Number(flag('--people', '30')), from: flag('--from', '2026-03-02'), weeks: Number(flag('--weeks', '4')) });
  console.error(`wrote ${files.length} calendars (${series} series and one-off meetings) to ${out}, and the roster to ${rosterDir}/people.yaml`);
}
