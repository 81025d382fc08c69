/** Ordinary words of Swedish, space-separated: loaded only for a page in that language. */
export default 'ingenting inget ingen verkar enligt mot utan genom sig sin sitt sina bara enda ens helt alls ' +
  'någon något och i på att det som en ett är inte har av för med till den de om men så vi jag efter sedan när inga ' +
  'några kan blir blev var vara går gick nu hos alla ut upp mer längre än också hela igen fortfarande redan eller ' +
  'vid under från denna detta där här vår våra mitt min vad hur varför mig mej mina du dig dej din ditt dina han ' +
  'honom hans hon henne hennes dess oss vårt ni er ert era dem dom deras man själv själva egen eget egna varje ' +
  'varenda vissa viss visst flera många fler färre mest mindre samma annan annat andra övriga sådan sådant sådana ' +
  'dessa allt allting nånting nåt nån nånstans någonstans överallt hit dit över före innan bakom mellan bland kring ' +
  'runt inom inför åt ur trots via per ovan nedan angående gällande beträffande eftersom därför medan tills förrän ' +
  'samt både antingen fastän ifall vem vilka vilken vilket vart varifrån varit blivit bli hade haft ha kunde kunnat ' +
  'kunna ska skall skulle måste få får fick fått vill ville velat vilja bör borde behöver behövde behövs lär tycks ' +
  'verkade brukar brukade gör gjorde gjort göra kommer kom kommit komma ser såg sett se händer hände hänt hända sker ' +
  'skedde skett inträffar inträffade vet veta visste tror trodde tycker tyckte tänker tänkte försöker försökte ' +
  'försökt försöka provat provade prova använder använde använt använda finns fanns säger sa sade sagt märker märkte ' +
  'märkt aldrig alltid ibland ofta sällan jämt plötsligt plötslig någonsin länge tidigare förut nyss nyligen snart ' +
  'sen då idag igår imorgon imorse ikväll inatt förra nästa senaste dag dagen dagar timme timmen timmar minut ' +
  'minuten minuter vecka veckan veckor helg helgen månad månaden månader år året morgon morgonen morse kväll kvällen ' +
  'natt natten förmiddag förmiddagen eftermiddag eftermiddagen måndag tisdag onsdag torsdag fredag lördag söndag ' +
  'även nog kanske antagligen förmodligen troligen troligtvis egentligen faktiskt verkligen ganska väldigt mycket ' +
  'lite riktigt iallafall iaf ändå dock alltså liksom ju väl nämligen osv etc mm hej hejsan hallå tjena tack tacksam ' +
  'tacksamma tackar snälla vänligen hälsningar mvh hjälp hjälpa hjälper hjälpt undrar undra fråga frågan frågor tips ' +
  'förslag idé idéer kollega kollegan kollegor kund kunden kunder kunderna team teamet folk personer person grej ' +
  'grejen grejer sak saken saker sätt sättet ja okej ok';
