const lib = await import(process.env.LIB);
for (const m of lib.extractCasualties(process.argv[2])) console.log(m.kind, m.count?.value, 'loc=' + m.location?.text, '«' + m.text + '»');
