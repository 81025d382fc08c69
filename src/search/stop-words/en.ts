/** Ordinary words of English, space-separated: loaded only for a page in that language. */
export default 'a an the of to in on at by for from with and or but not no is are was were be been has have had ' +
  'do does did dont doesnt cant cannot can any all anymore still since after before when why how what this that ' +
  'there it its my our we i you they again just get got keep keeps';
