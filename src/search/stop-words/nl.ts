/** Ordinary words of Dutch, space-separated: loaded only for a page in that language. */
export default 'volgens zonder tegen zich alleen enkele zelfs helemaal iets niets de het een van en in op is ' +
  'zijn niet geen te dat die er met voor naar bij om ook wordt worden werd werden meer nog al sinds na we wij ik ' +
  'ons onze mijn maar dan als of aan uit door over tot kan kunnen heeft hebben had was waren toch nu hier daar ' +
  'wat hoe waarom sinds gisteren vandaag steeds weer';
