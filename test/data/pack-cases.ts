/**
 * Sentences written for the conflict packs, modelled on how each country's press reports casualties: the pack
 * they are read with, the actors `findActors` names in order, and the actors of each casualty mention.
 */
export interface PackCase {
  readonly pack: string;
  readonly text: string;
  /** Actor ids of `findActors`, in text order. */
  readonly actors: readonly string[];
  /** Actor ids of each casualty mention, in text order. */
  readonly casualties: readonly (readonly string[])[];
}

export const PACK_CASES: readonly PackCase[] = [
  // Yemen
  { pack: 'yemen', text: 'قتل سبعة مدنيين بغارات شنها طيران التحالف بقيادة السعودية على سوق شعبي في مديرية باقم بمحافظة صعدة.', actors: ['saudi-coalition'], casualties: [['saudi-coalition']] },
  { pack: 'yemen', text: 'أصيب ثلاثة أطفال بقذيفة أطلقتها مليشيا الحوثي الانقلابية على حي سكني في مدينة تعز.', actors: ['houthis'], casualties: [['houthis']] },
  { pack: 'yemen', text: 'قتل عنصران من تنظيم القاعدة في غارة لطائرة أمريكية من دون طيار في محافظة شبوة.', actors: ['aqap', 'usa'], casualties: [['usa']] },
  { pack: 'yemen', text: 'قتل خمسة من مسلحي الحوثي بقصف مدفعي لقوات العمالقة جنوب الحديدة.', actors: ['houthis', 'yemen-government'], casualties: [['yemen-government']] },
  // Iraq
  { pack: 'iraq', text: 'أعدم تنظيم داعش تسعة شبان رمياً بالرصاص في قضاء الحويجة جنوب غربي كركوك.', actors: ['isis'], casualties: [['isis']] },
  { pack: 'iraq', text: 'قتل أربعة مدنيين بقصف جوي تركي على قرية في قضاء سيدكان التابع لمحافظة أربيل.', actors: ['turkey'], casualties: [['turkey']] },
  { pack: 'iraq', text: 'قتل ستة مدنيين في غارة لطيران التحالف الدولي على حي في الساحل الأيمن من الموصل.', actors: ['usa'], casualties: [['usa']] },
  { pack: 'iraq', text: 'قتل ثلاثة من مقاتلي الحشد الشعبي بهجوم لعناصر داعش على نقطة في صلاح الدين.', actors: ['pmf', 'isis'], casualties: [['isis']] },
  // Libya
  { pack: 'libya', text: 'قتل 12 مدنيا بقصف لقوات حفتر على حي أبو سليم في العاصمة طرابلس.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل 15 من عناصر تنظيم داعش في غارات لطيران حكومة الوفاق على سرت.', actors: ['isis', 'gna'], casualties: [['gna']] },
  { pack: 'libya', text: 'قتل ثلاثة أشخاص في اشتباكات بين مجلس شورى ثوار بنغازي وقوات الجيش الوطني الليبي.', actors: ['armed-groups', 'lna-haftar'], casualties: [['armed-groups', 'lna-haftar']] },
  // Sudan
  { pack: 'sudan', text: 'قتل خمسة مدنيين بقصف مدفعي نفذته قوات الدعم السريع على محلية كرري بمدينة أم درمان.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'شن الطيران الحربي للجيش السوداني غارات على مدينة نيالا أدت إلى مقتل ثمانية مدنيين.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  { pack: 'sudan', text: 'اقتحمت مليشيا الدعم السريع قرية بولاية الجزيرة وقتلت ستة من سكانها.', actors: ['rsf'], casualties: [['rsf']] },
  // Palestine
  { pack: 'palestine', text: 'استشهد ثلاثة مواطنين بقصف إسرائيلي استهدف منزلا في مخيم النصيرات وسط قطاع غزة.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'اعتقلت قوات الاحتلال ستة شبان من بلدة يعبد جنوب غرب جنين.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'أصيب جنديان إسرائيليان بقذائف أطلقتها كتائب القسام شرق خان يونس.', actors: ['palestinian-factions'], casualties: [['palestinian-factions']] },
  // Lebanon
  { pack: 'lebanon', text: 'استشهد أربعة أشخاص بغارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'أصيب ثلاثة جنود إسرائيليين بصاروخ موجه أطلقه حزب الله على موقع المالكية.', actors: ['israel', 'hezbollah'], casualties: [['hezbollah']] },
  // Somalia
  { pack: 'somalia', text: 'قتل عشرة أشخاص في تفجير سيارة مفخخة تبنته حركة الشباب في سوق بكارة بمقديشو.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'قتل 20 من مسلحي حركة الشباب في غارة للجيش الصومالي بإقليم شبيلي الوسطى.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  // Syria
  { pack: 'syria', text: 'قتل تسعة مدنيين بغارات للطيران الروسي على بلدة كفرنبل في ريف إدلب الجنوبي.', actors: ['russia'], casualties: [['russia']] },
];
