/** Ordinary words of Dutch, space-separated: loaded only for a page in that language. */
export default 'volgens zonder tegen zich alleen enkele zelfs helemaal iets niets de het een van en in op is zijn ' +
  'niet geen te dat die er met voor naar bij om ook wordt worden werd werden meer nog al sinds na we wij ik ons onze ' +
  'mijn maar dan als of aan uit door over tot kan kunnen heeft hebben had was waren toch nu hier daar wat hoe waarom ' +
  'gisteren vandaag steeds weer me mij je jij jou jouw jullie u uw hij hem zij ze haar hun hen men zelf mezelf ' +
  'iemand iedereen alles allemaal elk elke ieder iedere alle deze dit diegene dezelfde hetzelfde zelfde ander andere ' +
  'anders sommige meeste veel weinig paar beetje hele zulke zoiets zo zoals onder boven achter tussen vanaf via per ' +
  'rond rondom tijdens ondanks langs vanwege wegens behalve naast want dus omdat doordat wanneer toen terwijl hoewel ' +
  'zodat tenzij indien ofwel zowel ben bent geweest heb hebt gehad word geworden zal zult zullen zou zouden kun kunt ' +
  'kon konden mag mogen mocht moet moeten moest moesten wil wilt willen wilde wou hoef hoeft hoeven doe doet doen ' +
  'deed deden gedaan ga gaat gaan ging gingen gegaan kom komt komen kwam kwamen gekomen krijg krijgt krijgen kreeg ' +
  'kregen gekregen lijkt lijken leek blijkt bleek blijkbaar zie ziet zien zag gezien laten liet gebeurt gebeuren ' +
  'gebeurde gebeurd blijft blijven bleef maak maakt maken maakte gemaakt zeg zegt zeggen zei gezegd weet weten wist ' +
  'denk denkt denken dacht probeer probeert proberen probeerde geprobeerd gebruik gebruikt gebruiken gebruikte nooit ' +
  'altijd ineens opeens plotseling plots soms vaak meestal opnieuw alweer reeds daarna daarvoor eerder straks ' +
  'zojuist gewoon echt heel erg best nogal wel even gauw zeker misschien waarschijnlijk eigenlijk trouwens inmiddels ' +
  'ondertussen intussen sindsdien hierdoor daardoor ergens overal waar wie welk welke hoeveel waarvoor waardoor ' +
  'waarmee waarbij hierbij daarbij bijvoorbeeld bijv ongeveer zowat bijna vooral morgen vanochtend vanmorgen ' +
  'vanmiddag vanavond vannacht ochtend middag avond nacht week weken weekend dag dagen uur uren minuut minuten maand ' +
  'maanden jaar maandag dinsdag woensdag donderdag vrijdag zaterdag zondag laatst onlangs recent recentelijk ' +
  'momenteel tegenwoordig hoi hallo hey beste groet groeten mvg gr graag alstublieft alsjeblieft aub bedankt dank ' +
  'dankjewel dankuwel alvast hulp helpen vraag vragen vroeg advies idee collega collegas klant klanten team mensen ' +
  'ding dingen manier spoed dringend ja oké ok nou hoor eens goed goedemorgen goedemiddag';
