/** Ordinary words of English, space-separated: loaded only for a page in that language. */
export default 'a an the of to in on at by for from with and or but not no is are was were be been has have had do ' +
  'does did dont doesnt cant cannot can any all anymore still since after before when why how what this that there ' +
  'it its my our we i you they again just get got keep keeps me mine myself your yourself he him his she her itself ' +
  'us them their these those some each every either both few many much more most less least several own other others ' +
  'another same different similar whole entire such about above across against along among around as behind below ' +
  'between despite during except into over per through till under until via within without so yet because although ' +
  'though while whether if unless once due am being having doing done will would shall should could may might must ' +
  'ought im ive youre theyre thats whats theres lets s m re ve ll which who whom whose where very quite rather ' +
  'really pretty too also even else almost nearly approximately now then today yesterday tomorrow tonight morning ' +
  'afternoon evening night week weeks weekend day days hour hours minute minutes month months year years recently ' +
  'lately currently suddenly soon earlier ago already always never ever sometimes often usually occasionally ' +
  'frequently constantly continuously monday tuesday wednesday thursday friday saturday sunday please pls thanks ' +
  'thank thx regards hi hello hey dear team teams colleague colleagues customer customers anyone anybody someone ' +
  'somebody everyone everybody something anything everything somewhere anywhere everywhere help helps helped helping ' +
  'advance appreciate appreciated advice idea ideas suggestion suggestions question questions hope sorry urgent ' +
  'urgently asap good know knows knew known think thought guess wonder wondering wondered believe seem seems seemed ' +
  'appear appears appeared look looks looked looking like happen happens happened happening gets getting make makes ' +
  'made making go goes went going come comes came coming see sees saw seen take takes took taken give gives gave ' +
  'given put kept keeping let say says said tell told ask asked asking try tries tried trying use uses used using ' +
  'need needs needed want wants wanted wanna gonna become becomes became mean means meant understand noticed explain ' +
  'able way ways thing things stuff people guys folks person kind lot lots bit little actually basically apparently ' +
  'probably maybe perhaps possibly likely anyway however therefore ok okay yes yeah well sure etc following here ' +
  'stay stays stayed staying remain remains remained remaining';
