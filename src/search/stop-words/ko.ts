/** Ordinary words of Korean, space-separated: loaded only for a page in that language. */
export default '안 못 좀 요 계속 다시 현재 지금 너무 그리고 그런데 근데 어제부터 오늘 갑자기 전혀 혹시 이후 후 때 수 것 하는 해요 했는데 합니다 됩니다 되는데 있어요 있습니다 같아요';
