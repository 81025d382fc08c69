/** Ordinary words of Swedish, space-separated: loaded only for a page in that language. */
export default 'ingenting inget ingen still verkar enligt mot utan genom sig sin sitt sina bara enda ens helt ' +
  'alls någon något och i på att det som en ett är inte har av för med till den de om men så vi jag efter sedan ' +
  'när inga ingen inget några kan blir blev var vara går gick nu hos alla ut upp mer längre än också hela igen ' +
  'fortfarande redan eller vid under från denna detta där här vår våra mitt min vad hur varför';
