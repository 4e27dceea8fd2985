/**
 * Sentences written for the conflict packs, modelled on how each country's press reports casualties: the pack
 * they are read with, the actors `findActors` names in order, and the actors of each casualty mention.
 */
export interface PackCase {
  readonly pack: string;
  readonly text: string;
  /** Actor ids of `findActors`, in text order. */
  readonly actors: readonly (string | null)[];
  /** Actor ids of each casualty mention, in text order. */
  readonly casualties: readonly (readonly string[])[];
}

export const PACK_CASES: readonly PackCase[] = [
  // Yemen
  { pack: 'yemen', text: 'قتل سبعة مدنيين بغارات شنها طيران التحالف بقيادة السعودية على سوق شعبي في مديرية باقم بمحافظة صعدة.', actors: ['saudi-coalition'], casualties: [['saudi-coalition']] },
  { pack: 'yemen', text: 'أصيب ثلاثة أطفال بقذيفة أطلقتها مليشيا الحوثي الانقلابية على حي سكني في مدينة تعز.', actors: ['houthis'], casualties: [['houthis']] },
  { pack: 'yemen', text: 'قتل عنصران من تنظيم القاعدة في غارة لطائرة أمريكية من دون طيار في محافظة شبوة.', actors: ['aqap', 'usa'], casualties: [['usa']] },
  // ISIS claimed bombings in Aden; «التنظيم» alone is AQAP in Yemeni news.
  { pack: 'yemen', text: 'قتل 12 شخصا في تفجير انتحاري استهدف نقطة أمنية في عدن. وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.', actors: ['isis'], casualties: [['isis']] },
  // A bare «التنظيم» is the organization the text named; a party named «التنظيم الناصري» is none.
  { pack: 'yemen', text: 'هاجم مسلحو تنظيم القاعدة نقطة عسكرية في أبين. وقتل التنظيم ثلاثة جنود.', actors: ['aqap'], casualties: [['aqap']] },
  {
    pack: 'yemen',
    text: 'تبنى تنظيم داعش تفجيرين انتحاريين في مسجدين بصنعاء أسفرا عن مقتل 142 مصليا. وفي عدن، قتل التنظيم 4 من عناصر الأمن.',
    actors: ['isis'],
    casualties: [['isis'], ['isis']],
  },
  { pack: 'yemen', text: 'اغتال مسلحون مجهولون قياديا في التنظيم الناصري بمدينة تعز', actors: [], casualties: [[]] },
  { pack: 'yemen', text: 'قتل خمسة من مسلحي الحوثي بقصف مدفعي لقوات العمالقة جنوب الحديدة.', actors: ['houthis', 'yemen-government'], casualties: [['yemen-government']] },
  // A side that denies or condemns an execution is not its agent; «على يد» names the one that is.
  { pack: 'yemen', text: 'نفت جماعة الحوثي إعدام 4 أسرى في سجن بصنعاء.', actors: ['houthis'], casualties: [] },
  { pack: 'yemen', text: 'أدانت الحكومة اليمنية إعدام 4 مختطفين على يد الحوثيين في صنعاء.', actors: ['yemen-government', 'houthis'], casualties: [['houthis']] },
  // A weapon with an actor adjective names whose it is: «لغم حوثي»، «قذيفة إسرائيلية»، «بنيران إسرائيلية».
  { pack: 'yemen', text: 'قتل راع وأصيب ابنه بانفجار لغم حوثي في وادي مديرية حيس.', actors: ['houthis'], casualties: [['houthis'], ['houthis']] },
  { pack: 'yemen', text: 'أصيبت امرأتان بعبوة ناسفة حوثية زرعت على طريق فرعي في مديرية الحشا.', actors: ['houthis'], casualties: [['houthis']] },
  { pack: 'lebanon', text: 'أصيب مزارعان بنيران إسرائيلية أثناء عملهما في سهل بلدة الوزاني.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'قتل راعي ماشية بقذيفة إسرائيلية سقطت قرب منزله في أطراف بلدة شبعا.', actors: ['israel'], casualties: [['israel']] },
  // An adjective of make or origin («أمريكية الصنع») names the maker, not the attacker.
  { pack: 'palestine', text: 'استشهد ثلاثة مواطنين بقذيفة أمريكية الصنع سقطت على منزل في خان يونس.', actors: [], casualties: [[]] },
  // Iraq
  { pack: 'iraq', text: 'أعدم تنظيم داعش تسعة شبان رمياً بالرصاص في قضاء الحويجة جنوب غربي كركوك.', actors: ['isis'], casualties: [['isis']] },
  { pack: 'iraq', text: 'قتل أربعة مدنيين بقصف جوي تركي على قرية في قضاء سيدكان التابع لمحافظة أربيل.', actors: ['turkey'], casualties: [['turkey']] },
  { pack: 'iraq', text: 'قتل ستة مدنيين في غارة لطيران التحالف الدولي على حي في الساحل الأيمن من الموصل.', actors: ['usa'], casualties: [['usa']] },
  { pack: 'iraq', text: 'قتل ثلاثة من مقاتلي الحشد الشعبي بهجوم لعناصر داعش على نقطة في صلاح الدين.', actors: ['pmf', 'isis'], casualties: [['isis']] },
  // The hand may be the actor's men in construct with it: «على أيدي إرهابيي تنظيم داعش».
  { pack: 'iraq', text: 'عثر على رفات 12 مدنيا أعدموا على أيدي إرهابيي تنظيم داعش في قضاء الحضر.', actors: ['isis'], casualties: [['isis']] },
  // The one who carries out a campaign of executions, with an adjective between; the victims' kin are of the forces.
  { pack: 'iraq', text: 'وربطت المصادر المقبرة بقيام تنظيم داعش الإرهابي بعمليات تصفية لعوائل منتسبي القوات الأمنية في الصقلاوية.', actors: ['isis', 'iraqi-forces'], casualties: [['isis']] },
  // The force that goes on to kill the attackers answered the attack; it is not the agent of the dead before.
  { pack: 'iraq', text: 'انفجرت سيارة مفخخة في سوق شعبي بمدينة الرمادي، ما أودى بحياة 9 أشخاص، وتمكنت قوات الأمن من قتل مهاجمين اثنين.', actors: ['iraqi-forces'], casualties: [[], ['iraqi-forces']] },
  // Libya
  { pack: 'libya', text: 'قتل 12 مدنيا بقصف لقوات حفتر على حي أبو سليم في العاصمة طرابلس.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل 15 من عناصر تنظيم داعش في غارات لطيران حكومة الوفاق على سرت.', actors: ['isis', 'gna'], casualties: [['gna']] },
  // A people is no armed group: «التبو» alone names the Tebu, «مسلحو التبو» their gunmen.
  { pack: 'libya', text: 'قتل 9 مدنيين في قصف جوي استهدف حيا سكنيا يقطنه مواطنون من مكون التبو في مدينة مرزق.', actors: [], casualties: [[]] },
  { pack: 'libya', text: 'قتل ثلاثة مدنيين برصاص مسلحي التبو في حي الطيوري بمدينة سبها.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  // A unit named and numbered, then «التابع لـ»: the victims' own side, not their attacker.
  { pack: 'libya', text: 'قتل 30 جنديا من أفراد "اللواء 9 مشاة" التابع لقوات حفتر في هجوم شنته قوات حكومة الوفاق على معسكر قرب سبها.', actors: ['lna-haftar', 'gna'], casualties: [['gna']] },
  // A combined toll of both sides of a clash has no actor (the real corpus's convention).
  { pack: 'libya', text: 'قتل ثلاثة أشخاص في اشتباكات بين مجلس شورى ثوار بنغازي وقوات الجيش الوطني الليبي.', actors: ['armed-groups', 'lna-haftar'], casualties: [['armed-groups', 'lna-haftar']] },
  // Eastern outlets name the LNA «الجيش الليبي»; Tripoli's side is often just «الوفاق»; Wagner fought with the LNA.
  { pack: 'libya', text: 'قتل 11 مدنيا بقصف مدفعي لقوات الجيش الليبي على حي سكني في مصراتة.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'أصيب سبعة أشخاص بقصف نفذه طيران الوفاق على مدينة ترهونة.', actors: ['gna'], casualties: [['gna']] },
  { pack: 'libya', text: 'قتل ثلاثة مدنيين برصاص مرتزقة فاغنر جنوب طرابلس.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل شخصان بقذيفة أطلقتها ميليشيا غنيوة على حي سكني في طرابلس.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  // The ministry «التابعة لحكومة الوفاق» is a source: the government in its name is not the attacker.
  { pack: 'libya', text: 'قتل 6 أشخاص وأصيب 20 آخرون بحسب وزارة الصحة التابعة لحكومة الوفاق الوطني.', actors: [], casualties: [[], []] },
  // Tripoli's own factions clash with each other: a combined toll has no actor, though both sides share an id.
  { pack: 'libya', text: 'قتل 12 شخصا في اشتباكات بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 444 قتال.', actors: ['armed-groups', 'armed-groups'], casualties: [['armed-groups']] },
  // Sudan
  { pack: 'sudan', text: 'قتل خمسة مدنيين بقصف مدفعي نفذته قوات الدعم السريع على محلية كرري بمدينة أم درمان.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'شن الطيران الحربي للجيش السوداني غارات على مدينة نيالا أدت إلى مقتل ثمانية مدنيين.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  { pack: 'sudan', text: 'قتل سبعة مواطنين بقصف مدفعي لقوات حميدتي على حي الحاج يوسف شرق النيل.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل 11 مدنيا بقصف شنته ميلشيا الدعم السريع على سوق صابرين في أم درمان.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل أربعة مدنيين في هجوم للقوات المشتركة على قرية شمال مدينة الطينة.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  { pack: 'sudan', text: 'قتل أربعة رعاة على يد مسلحين هاجموا مراحهم شرق محلية كتم بشمال دارفور.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  { pack: 'sudan', text: 'هاجمت مجموعة مسلحة قرية جنوب الدلنج وقتلت ثلاثة مزارعين.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  // Guard: gunmen the text gives to the RSF are the RSF's.
  { pack: 'sudan', text: 'اقتحمت قوات الدعم السريع قرية شرق ود مدني، وقتل المسلحون سبعة من سكانها.', actors: ['rsf', 'rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل 30 نازحا بقصف لمليشيا أسرة دقلو المتمردة على مركز إيواء في الفاشر.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'اقتحمت مليشيا الدعم السريع قرية بولاية الجزيرة وقتلت ستة من سكانها.', actors: ['rsf'], casualties: [['rsf']] },
  // Palestine
  { pack: 'palestine', text: 'استشهد ثلاثة مواطنين بقصف إسرائيلي استهدف منزلا في مخيم النصيرات وسط قطاع غزة.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'اعتقلت قوات الاحتلال ستة شبان من بلدة يعبد جنوب غرب جنين.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'استشهد شاب برصاص دبابة إسرائيلية شرق مدينة خان يونس.', actors: ['israel'], casualties: [['israel']] },
  // A named subject before its verb is the agent even beside unnamed attackers; a genitive before the verb is not.
  { pack: 'palestine', text: 'وذكرت مصادر محلية أن الجيش الإسرائيلي اعتقل شابين من بلدة يعبد، خلال هجوم المستوطنين على أطرافها.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'syria', text: 'وقال المراسل إن قسد وبدعم من التحالف الدولي اعتقلوا عشرة أشخاص في منطقة العابد.', actors: ['sdf', 'international-coalition'], casualties: [['sdf']] },
  { pack: 'syria', text: 'وفي اشتباكات بين المعارضة والجيش السوري قتل 5 مدنيين في ريف حماة.', actors: ['opposition', 'syrian-government'], casualties: [['opposition', 'syrian-government']] },
  { pack: 'palestine', text: 'أصيب جنديان إسرائيليان بقذائف أطلقتها كتائب القسام شرق خان يونس.', actors: ['palestinian-factions'], casualties: [['palestinian-factions']] },
  // Settlers (WAFA's «المستعمرين») are an agent without an id (the real corpus's convention), and keep the army named
  // before from standing for them; a drone is named by its adjective alone.
  { pack: 'palestine', text: 'استشهد شاب برصاص المستعمرين في قرية المغير شرق رام الله.', actors: [], casualties: [[]] },
  { pack: 'palestine', text: 'اقتحمت قوات الاحتلال قرية سنجل. وأصيب أربعة مواطنين برصاص مستوطنين هاجموا القرية.', actors: ['israel'], casualties: [[]] },
  { pack: 'palestine', text: 'أصيب ثلاثة مواطنين برصاص قوات الاحتلال والمستوطنين في بلدة حوارة.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'استشهد طفلان بقصف مسيرة إسرائيلية على خيمة في المواصي.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'أصيب جنديان إسرائيليان بعبوة ناسفة فجرتها كتيبة نابلس.', actors: ['palestinian-factions'], casualties: [['palestinian-factions']] },
  // Lebanon
  { pack: 'lebanon', text: 'استشهد أربعة أشخاص بغارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان.', actors: ['israel'], casualties: [['israel']] },
  // A side that announces its own attack — «أنه» and an attack verb, or the attack noun as the object of its
  // statement — is the agent of the dead it tells of, though their pronoun («طاقمها») points at the target.
  { pack: 'lebanon', text: 'وأعلن حزب الله أنه أحرق جرافة عسكرية إسرائيلية بصاروخ موجه، ما أدى إلى مقتل وجرح طاقمها.', actors: ['hezbollah'], casualties: [['hezbollah'], ['hezbollah']] },
  { pack: 'lebanon', text: 'حزب الله يعلن تدمير آلية إسرائيلية وسقوط طاقمها بين قتيل وجريح', actors: ['hezbollah'], casualties: [['hezbollah'], ['hezbollah']] },
  { pack: 'lebanon', text: 'أعلن حزب الله، في بيان مقتضب مساء اليوم، عن تفجير عبوة ناسفة بآلية عسكرية قرب بلدة العديسة، ما أدى إلى مقتل طاقمها.', actors: ['hezbollah'], casualties: [['hezbollah']] },
  // Not an attack on its own positions, or one another agent carried out.
  { pack: 'lebanon', text: 'حزب الله يعلن استهداف مواقعه في الجنوب ومقتل 3 من عناصره.', actors: ['hezbollah', 'hezbollah'], casualties: [[]] },
  { pack: 'lebanon', text: 'أصيب ثلاثة جنود إسرائيليين بصاروخ موجه أطلقه حزب الله على موقع المالكية.', actors: ['israel', 'hezbollah'], casualties: [['hezbollah']] },
  // Somalia
  { pack: 'somalia', text: 'قتلت القوات المسلحة الصومالية 40 من عناصر ميليشيات الخوارج في هجوم على معاقلهم بإقليم هيران.', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'قتل 9 أشخاص في تفجير انتحاري تبنته حركة المجاهدين الشباب في مدينة بيدوا.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'قتل عشرة أشخاص في تفجير سيارة مفخخة تبنته حركة الشباب في سوق بكارة بمقديشو.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'قتل 20 من مسلحي حركة الشباب في غارة للجيش الصومالي بإقليم شبيلي الوسطى.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  // A victim word inside the side's name («الشباب») is stepped over to the subject before the verb.
  { pack: 'somalia', text: 'وأكد المسؤول أن قياديا في حركة الشباب قتل في غارة جوية أمريكية.', actors: ['al-shabaab', 'usa'], casualties: [['usa']] },
  // Attribution shapes, in every pack's words.
  // The victims' own side is no attacker, wherever else the sentence names it.
  { pack: 'libya', text: 'وقال المتحدث باسم الجيش الوطني الليبي إن ضابطا من الجيش الوطني الليبي قتل وأصيب جنديان في محور الهواري.', actors: ['lna-haftar', 'lna-haftar'], casualties: [[], []] },
  { pack: 'somalia', text: 'قتل أربعة من عناصر الأمن الصومالي وأصيب ثلاثة آخرون في انفجار عبوة ناسفة ببلدة أفجوي.', actors: ['somali-forces'], casualties: [[], []] },
  { pack: 'lebanon', text: 'أصيب جندي إسرائيلي بصاروخ أطلق من جنوب لبنان على مستوطنة المطلة.', actors: ['israel'], casualties: [[]] },
  { pack: 'libya', text: 'ارتفع عدد قتلى قوات حفتر في اشتباكات جنوب طرابلس إلى 40 عنصرا.', actors: ['lna-haftar'], casualties: [[]] },
  // An actor named by its attack is the agent, not the victims' side: «قضوا في هجمات تركية».
  { pack: 'iraq', text: 'قضى ثلاثة مدنيين في هجمات تركية على قرى في قضاء زاخو.', actors: ['turkey'], casualties: [['turkey']] },
  // Merely mentioned: the two sides of a fight the place is known for, a party after «مع».
  { pack: 'iraq', text: 'قتل سبعة مدنيين بسقوط قذائف على حي الزنجيلي غربي الموصل، الذي يشهد معارك بين القوات العراقية ومسلحي داعش.', actors: ['iraqi-forces', 'isis'], casualties: [[]] },
  { pack: 'iraq', text: 'قال مصدر أمني إن عناصر داعش أعدموا أربعة شبان بتهمة التعاون مع القوات الأمنية والحشد الشعبي.', actors: ['isis', 'iraqi-forces', 'pmf'], casualties: [['isis']] },
  // A quoting verb with its object pronoun («أكدها») makes a source, not an attacker.
  { pack: 'iraq', text: 'ونقل شهود عيان روايات أكدها ضباط في جهاز مكافحة الإرهاب، تفيد بأن مسلحي داعش أطلقوا النار على العائلات الفارة، ما أدى إلى مقتل 11 مدنيا.', actors: ['iraqi-forces', 'isis'], casualties: [['isis']] },
  // An actor that might attack («قد يشنها») is no agent of the next sentence's dead.
  { pack: 'yemen', text: 'وتخشى السلطات المحلية هجمات قد يشنها الحوثيون على الطريق الساحلي. وقتل أربعة مدنيين بانفجار عبوة في سوق مدينة الخوخة.', actors: ['houthis'], casualties: [[]] },
  // The attacker named in the sentence before and not repeated: Sudanese «المليشيا» is the RSF.
  { pack: 'sudan', text: 'ونهبت المليشيا منازل القرية بعد اقتحامها. وأفاد شهود بسقوط ستة قتلى من السكان.', actors: ['rsf'], casualties: [['rsf']] },
  // Unknown attackers named as such: no actor borrowed from the sentence before.
  { pack: 'iraq', text: 'وقصفت القوات العراقية مواقع التنظيم غرب الموصل. وفي حادث آخر، قتل مختار قرية البو عيثة برصاص مسلحين مجهولين.', actors: ['iraqi-forces', 'isis'], casualties: [[]] },
  // One side's dead in a clash: the other side, after «اشتباكات مع», is the actor.
  { pack: 'sudan', text: 'وقال المصدر إن أربعة من عناصر الدعم السريع قتلوا إثر اشتباكات مع الجيش السوداني شرق الفاشر.', actors: ['rsf', 'sudan-army'], casualties: [['sudan-army']] },
  // The attacked are no agent; a source that reports its own attack («إنه استهدف») is the attacker of what follows.
  { pack: 'lebanon', text: 'وقال حزب الله في بيان إنه استهدف دبابة ميركافا عند أطراف بلدة العديسة. وأضاف أن الصاروخ أصاب الدبابة قرب موقع العباد الإسرائيلي، ما أدى إلى إيقاع طاقمها بين قتيل وجريح.', actors: ['hezbollah', 'israel'], casualties: [['hezbollah'], ['hezbollah']] },
  // Its own fighters with its pronoun as the subject of the attack («أن مقاتليه استهدفوا»), or the speaker named again
  // as the attacker of its quoted statement: the crew's possessive is the target's, the speaker is the agent.
  { pack: 'lebanon', text: 'وأكد الحزب في بيانه أن مقاتليه قصفوا آلية عسكرية قرب بلدة حولا، ما أدى إلى وقوع من فيها بين قتيل وجريح.', actors: ['hezbollah'], casualties: [['hezbollah'], ['hezbollah']] },
  { pack: 'lebanon', text: 'وقال حزب الله في بيان: "استهدف مجاهدو المقاومة الإسلامية عصر اليوم جرافة عسكرية قرب موقع العاصي، ما أدى إلى تدميرها ومقتل وجرح طاقمها".', actors: ['hezbollah', 'hezbollah'], casualties: [['hezbollah'], ['hezbollah']] },
  // Not an attack of the other side told in a later clause of the speaker's sentence.
  { pack: 'palestine', text: 'أعلن جيش الاحتلال إصابة جندي جراء سقوط قذيفة أطلقت من جنوب لبنان، فيما ارتفع عدد جرحى غارة إسرائيلية على بلدة عيترون إلى خمسة.', actors: ['israel', 'israel'], casualties: [[], ['israel']] },
  // The attacks a body claimed («تبنت … هجمات أودت بحياة…») are its own, even when it stood as the side fought against;
  // «أعلنت» alone claims nothing.
  { pack: 'somalia', text: 'وتقاتل الحكومة منذ أعوام حركة الشباب التي تأسست قبل عقدين، وقد تبنت هجمات دامية كثيرة أودت بحياة الآلاف.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'iraq', text: 'تقاتل القوات العراقية تنظيم داعش الذي تبنى سلسلة تفجيرات أسفرت عن مقتل عشرات المدنيين في بغداد.', actors: ['iraqi-forces', 'isis'], casualties: [['isis']] },
  // «فإن» ends the look-back like «إن»: the strike after it is no quoted source of «مصادر».
  { pack: 'palestine', text: 'وبحسب مصادر محلية فإن القصف الإسرائيلي على حي الزيتون أدى إلى استشهاد ثلاثة مواطنين.', actors: ['israel'], casualties: [['israel']] },
  // A clause with its own cause does not borrow the agent of a contrasted clause after it.
  { pack: 'yemen', text: 'أصيب جندي بانفجار عبوة ناسفة في مديرية حيس، فيما ارتفع عدد ضحايا القصف الحوثي على المدينة إلى 9.', actors: ['houthis'], casualties: [[], ['houthis']] },
  // A claim of responsibility after the attack, or before it, names its attacker.
  { pack: 'somalia', text: 'قتل ثمانية أشخاص في هجوم أعلنت حركة الشباب مسؤوليتها عنه على فندق في مدينة كيسمايو.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'iraq', text: 'أعلن تنظيم داعش في بيان مسؤوليته عن تفجير انتحاري أدى إلى مقتل 14 شخصا في سوق بمدينة الصدر.', actors: ['isis'], casualties: [['isis']] },
  // The body that reports and the government or movement it belongs to are sources, never the attacker.
  { pack: 'palestine', text: 'أعلن الدفاع المدني التابع لحكومة حماس انتشال 9 جثث من تحت أنقاض منزل في حي التفاح.', actors: ['palestinian-factions'], casualties: [[]] },
  { pack: 'yemen', text: 'قال مكتب الصحة في حكومة صنعاء التابعة للحوثيين إن خمسة مدنيين قتلوا بانفجار في سوق المدينة.', actors: ['houthis', 'houthis'], casualties: [[]] },
  // An armed actor announcing the other side's dead killed them only when the sentence states its own act («أنها
  // نفذت»، «قواتنا تمكنت»، «أنه تصدى»); announcing them alone, an ally's dead, a fight between others or an unknown
  // agent's strike it is a source; reporting civilians or its own dead too.
  { pack: 'somalia', text: 'أعلنت القيادة الأمريكية في أفريقيا مقتل 17 عنصرا من حركة الشباب في ضربة جوية قرب بلدة جلب.', actors: ['usa', 'al-shabaab'], casualties: [[]] },
  { pack: 'somalia', text: 'أعلنت القيادة الأمريكية في أفريقيا أنها نفذت ضربة جوية قرب بلدة جلب أسفرت عن مقتل 17 عنصرا من حركة الشباب.', actors: ['usa', 'al-shabaab'], casualties: [['usa']] },
  { pack: 'somalia', text: 'أعلن الجيش الأميركي مقتل 60 عنصرا من حركة الشباب، وقال إنه استهدفهم بغارة قرب بلدة جلب.', actors: ['usa', 'al-shabaab'], casualties: [['usa']] },
  { pack: 'iraq', text: 'ذكرت قيادة العمليات المشتركة أن ضربة جوية أسفرت عن مقتل 9 من عناصر داعش في وادي الشاي.', actors: ['iraqi-forces', 'isis'], casualties: [[]] },
  { pack: 'iraq', text: 'ذكرت قيادة العمليات المشتركة أن قواتنا تمكنت من قتل 9 من عناصر داعش في وادي الشاي.', actors: ['iraqi-forces', 'isis'], casualties: [['iraqi-forces']] },
  { pack: 'sudan', text: 'أعلنت قوات الدعم السريع مقتل 50 من أفراد الجيش في هجوم على مدينة بابنوسة.', actors: ['rsf', 'sudan-army'], casualties: [[]] },
  { pack: 'sudan', text: 'أعلنت قوات الدعم السريع مقتل 50 من أفراد الجيش، وقالت إنها استطاعت دخول مدينة بابنوسة.', actors: ['rsf', 'sudan-army'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'أعلن الجيش السوداني مقتل 15 من عناصر الدعم السريع وأضاف أنه تصدى لهجوم على مدينة الأبيض.', actors: ['sudan-army', 'rsf'], casualties: [['sudan-army']] },
  { pack: 'iraq', text: 'قالت السلطات العراقية إن 4 من عناصر الحشد الشعبي قتلوا في ضربة جوية', actors: ['iraqi-forces', 'pmf'], casualties: [[]] },
  { pack: 'somalia', text: 'أعلن الجيش الصومالي مقتل 20 مسلحا في اشتباكات بين عشيرتين في هيران', actors: ['somali-forces'], casualties: [[]] },
  // Fighters of no named side are likelier the armed group's own than its victims: it is not borrowed from the sentence before.
  { pack: 'somalia', text: 'شنت حركة الشباب هجوما على قاعدة عسكرية في بلدة بلدوين. وقتل 13 مسلحا خلال المعارك.', actors: ['al-shabaab'], casualties: [[]] },
  { pack: 'somalia', text: 'شنت حركة الشباب هجوما على قاعدة عسكرية في بلدة بلدوين. وقتل 13 مدنيا خلال المعارك.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'أعلنت الحكومة الصومالية مقتل 12 من مسلحي العشائر في معارك بين عشيرتين متناحرتين.', actors: ['somali-forces'], casualties: [[]] },
  { pack: 'sudan', text: 'أعلنت قوات الدعم السريع مقتل 30 من عناصر الجيش في هجوم شنته طائرة مسيرة مجهولة', actors: ['rsf', 'sudan-army'], casualties: [[]] },
  { pack: 'palestine', text: 'أعلن الجيش الإسرائيلي مقتل ثلاثة من جنوده في معارك شمال القطاع.', actors: ['israel', 'israel'], casualties: [[]] },
  { pack: 'sudan', text: 'أعلن الجيش السوداني مقتل 12 مدنيا في قصف على مدينة الأبيض.', actors: ['sudan-army'], casualties: [[]] },
  // The attack a strike answers («رداً على»، «في رد على») is not the strike: its actor kills no one of the answer, and
  // casualties inside the reply phrase are its own.
  { pack: 'palestine', text: 'أعلنت إسرائيل أنها قصفت مواقع في غزة رداً على صواريخ أطلقتها حماس، ما أدى إلى استشهاد 3 فلسطينيين', actors: ['israel', 'palestinian-factions'], casualties: [['israel']] },
  { pack: 'palestine', text: 'استشهد فلسطينيان في غارة على خان يونس، في رد على إطلاق صواريخ من جانب حركة الجهاد الإسلامي.', actors: ['palestinian-factions'], casualties: [[]] },
  { pack: 'lebanon', text: 'رداً على الهجمات الإسرائيلية التي أدت إلى استشهاد 4 مدنيين في بنت جبيل، قصف حزب الله مواقع في الجليل.', actors: ['israel', 'hezbollah'], casualties: [['israel']] },
  // «قواته» is the speaker's forces: its pronoun points back at the quoted army.
  { pack: 'palestine', text: 'قال الجيش الإسرائيلي إن قواته قتلت خمسة مسلحين خلال اقتحام مخيم نور شمس.', actors: ['israel', 'israel', null], casualties: [['israel']] },
  // Warplanes with no owner named are the pack's default where one side alone flies them; drones only where one side
  // alone strikes with them.
  { pack: 'yemen', text: 'قتل أربعة مدنيين بغارة للطيران الحربي على سوق في مديرية رازح.', actors: ['saudi-coalition'], casualties: [['saudi-coalition']] },
  { pack: 'sudan', text: 'قتل 12 مدنيا في قصف للطيران الحربي على سوق مدينة نيالا.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  { pack: 'sudan', text: 'قتل تسعة أشخاص في هجوم بطائرة مسيرة على سوق في الفاشر.', actors: [null], casualties: [[]] },
  { pack: 'palestine', text: 'استشهد ثلاثة مواطنين بقصف من طائرة مسيرة على خيمة في دير البلح.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'استشهد شخصان في غارة نفذتها مسيرة على سيارة في بلدة كفرا.', actors: ['israel'], casualties: [['israel']] },
  // «إلى جهة مجهولة» is where the detained were taken, not an unknown agent.
  { pack: 'palestine', text: 'وعمدت قوات الاحتلال إلى اعتقال شاب وشقيقه في بلدة بيت أمر واقتادتهما إلى جهة مجهولة.', actors: ['israel'], casualties: [['israel']] },
  // «رداً على» an attack names no target; a party that mourns the dead («نعاهم») reports them.
  { pack: 'lebanon', text: 'ورداً على الاعتداءات الإسرائيلية المتكررة التي طالت القرى الجنوبية وأدت إلى سقوط شهداء مدنيين، وتضامنا مع غزة، استهدف حزب الله موقع المالكية بالصواريخ.', actors: ['israel', 'hezbollah'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'وأغارت مسيرة على بلدة حولا ما أدى إلى استشهاد ثلاثة أشخاص نعاهم حزب الله.', actors: ['israel', 'hezbollah'], casualties: [['israel']] },
  // Singular and indefinite attack and force nouns carry their actor adjective: «قوة إسرائيلية»، «لعدوان أمريكي»، «الضربة الجوية التركية».
  { pack: 'lebanon', text: 'وذكرت الوزارة أن قوة إسرائيلية توغلت في أطراف بلدة كفركلا، وأطلقت النار ما أدى إلى استشهاد مواطن.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'yemen', text: 'وأوضحت الوزارة أن أربعة أشخاص قتلوا في حصيلة أولية لعدوان أمريكي استهدف منزلا في صنعاء.', actors: ['usa'], casualties: [['usa']] },
  { pack: 'iraq', text: 'وأسفرت الضربة الجوية التركية على قرية في قضاء سيدكان عن مقتل ثلاثة مدنيين.', actors: ['turkey'], casualties: [['turkey']] },
  // «فيما أصيب 4 آخرون»: more victims of the same event, not a contrasted one.
  { pack: 'palestine', text: 'وأطلق جنود الاحتلال الرصاص الحي على المتظاهرين، فأصيب شاب بجروح خطيرة، فيما أصيب 4 آخرون بالرصاص المطاطي.', actors: ['israel'], casualties: [['israel'], ['israel']] },
  // A photo caption between two sentences is no sentence of the window.
  { pack: 'sudan', text: 'قتل 9 مدنيين في قصف مدفعي لقوات الدعم السريع على حي أبو شوك.\n\nالفاشر. (أرشيفية)\n\nوقال مصدر طبي إن 14 جريحا وصلوا إلى المستشفى.', actors: ['rsf'], casualties: [['rsf'], ['rsf']] },
  // A fight's toll split by side: each side's dead are the other's doing, also in the sentence after.
  { pack: 'sudan', text: 'قتل 25 من عناصر الدعم السريع و7 من أفراد الجيش السوداني في معارك عنيفة شرق مدينة الأبيض. وأسفرت المواجهات أيضا عن إصابة 30 من عناصر الدعم السريع.', actors: ['rsf', 'sudan-army', 'rsf'], casualties: [['sudan-army'], ['rsf'], ['sudan-army']] },
  // An attack is no fight: two victims' sides of one attack are not each other's attackers.
  { pack: 'iraq', text: 'وأدى الهجوم إلى مقتل عنصر من الحشد الشعبي وإصابة جنديين في الجيش العراقي.', actors: ['pmf', 'iraqi-forces'], casualties: [[], []] },
  // The army a spokesman speaks for is a source; gunmen «موالين ل"تنظيم الدولة"» are that group's, not an anaphor.
  { pack: 'libya', text: 'وقال المتحدث باسم رئاسة الأركان العامة للجيش الليبي إن أربعة جنود قتلوا في هجوم لمسلحين متشددين موالين ل"تنظيم الدولة" على بوابة أمنية جنوب سرت.', actors: ['lna-haftar', 'isis'], casualties: [['isis']] },
  // «فيما» after an attack goes on with the same event.
  { pack: 'sudan', text: 'وشنت قوات الدعم السريع هجوما واسعا على مدينة الفاشر من عدة محاور، فيما قتل 6 مدنيين في قصف على سوق المدينة.', actors: ['rsf'], casualties: [['rsf']] },
  // «ضابط بقوات …» names where the victims served, not who killed them.
  { pack: 'libya', text: 'قتل سبعة عسكريين بينهم قائد ميداني وضابطان بقوات الجيش الوطني الليبي في محيط مطار طرابلس.', actors: ['lna-haftar'], casualties: [[]] },
  // Wire copy names al-Shabaab by what it is.
  { pack: 'somalia', text: 'وقال مسؤول محلي إن المتمردين الإسلاميين أعدموا رجلين علنا في بلدة جلب بتهمة التجسس.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // A speaker's «شهداء» are its own dead: it did not kill them.
  { pack: 'iraq', text: 'وقالت قوات الحشد الشعبي في بيان إن مقاتلين اثنين استشهدا أثناء التصدي لهجوم ليلي في صلاح الدين.', actors: ['pmf'], casualties: [[]] },
  // «منهم» points back at the victims' side; the speaker that reports its strike on them is their actor.
  { pack: 'somalia', text: 'وقالت الولايات المتحدة إنها نفذت ضربة جوية استهدفت مقاتلي حركة الشباب قرب بلدة جلب مما أسفر عن مقتل أربعة منهم.', actors: ['usa', 'al-shabaab'], casualties: [['usa']] },
  { pack: 'somalia', text: 'وكانت الحركة المتشددة قد هاجمت قاعدة عسكرية قرب الحدود الكينية ما أسفر عن مقتل 43 شخصا.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // Two of a city's armed groups: the other side of the clash is the agent though both share an id.
  { pack: 'libya', text: 'قتل ثلاثة من عناصر قوة الردع في اشتباكات مع جهاز دعم الاستقرار في طرابلس.', actors: ['armed-groups', 'armed-groups'], casualties: [['armed-groups']] },
  // Somalia: the bare «الشباب», in brackets or quotes, is the movement; «الجيش» is the Somali army unless another
  // nation's adjective follows; a camp «لحركة الشباب» is the target of the strike, not its agent.
  { pack: 'somalia', text: 'ارتفعت حصيلة التفجير الذي نفذته حركة (الشباب) قرب مقر البلدية في بلدوين إلى 14 قتيلا.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'وكانت "الشباب" قد فجرت سيارة مفخخة أمام فندق في كيسمايو ما أسفر عن مقتل 6 أشخاص.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'قصف الجيش معسكرا لحركة الشباب قرب جلب ما أدى إلى مقتل 11 شخصا.', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'قتل الجيش الكيني 12 من عناصر الشباب في إقليم جدو.', actors: [null, 'al-shabaab'], casualties: [[]] },
  { pack: 'somalia', text: 'أعلنت القيادة الأمريكية في أفريقيا أنها قصفت مخزنا للأسلحة تديره حركة الشباب ما أسفر عن مقتل 9 مسلحين.', actors: ['usa', 'al-shabaab', null], casualties: [['usa']] },
  { pack: 'somalia', text: 'قال مسؤول إن غارة جوية قتلت القائد الميداني البارز في حركة الشباب قرب بلدة بارديري.', actors: ['al-shabaab'], casualties: [[]] },
  // The side a fight is waged against is the other side of it, though it reads as a target.
  { pack: 'libya', text: 'قتل ستة من عناصر قوات الوفاق في المعارك التي دارت ضد قوات حفتر جنوب طرابلس.', actors: ['gna', 'lna-haftar'], casualties: [['lna-haftar']] },
  // A charge names whom the victims were accused of serving, not who killed them; «تحييد» is the killer's own word.
  { pack: 'somalia', text: 'أعلنت حركة الشباب إعدام رجلين في بلدة جلب بتهمة التجسس للحكومة الصومالية.', actors: ['al-shabaab', 'somali-forces'], casualties: [['al-shabaab']] },
  { pack: 'iraq', text: 'أعلنت وزارة الدفاع التركية "تحييد 6 إرهابيين" من حزب العمال الكردستاني في منطقة الزاب.', actors: ['turkey', 'armed-groups'], casualties: [['turkey']] },
  // The names each country's press gives its armed actors (this session's additions).
  { pack: 'yemen', text: 'أصيب طفل برصاصة أطلقها قناص حوثي على حي سكني في مدينة تعز.', actors: ['houthis'], casualties: [['houthis']] },
  { pack: 'yemen', text: 'قتل أربعة من المتمردين الحوثيين في غارة لطيران تحالف دعم الشرعية في اليمن على صعدة.', actors: ['houthis', 'saudi-coalition'], casualties: [['saudi-coalition']] },
  { pack: 'yemen', text: 'قتل ثلاثة مدنيين بقصف مدفعي نفذته ألوية حراس الجمهورية على قرية في حيس.', actors: ['yemen-government'], casualties: [['yemen-government']] },
  { pack: 'iraq', text: 'قتل جنديان بهجوم شنته عصابات داعش الإرهابية على نقطة للجيش في قضاء الطارمية.', actors: ['isis', 'iraqi-forces'], casualties: [['isis']] },
  { pack: 'iraq', text: 'قتل ثلاثة من مسلحي داعش بضربة جوية نفذتها القوة الجوية في وادي الشاي.', actors: ['isis', 'iraqi-forces'], casualties: [['iraqi-forces']] },
  { pack: 'iraq', text: 'قتل الجيش السوري 5 مسلحين قرب الحدود.', actors: [null, null], casualties: [[]] },
  { pack: 'libya', text: 'قتل أربعة مدنيين بقذائف أطلقتها مرتزقة حفتر على حي سكني في عين زارة.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'أصيب خمسة من عناصر الجيش الوطني الليبي بقصف نفذته القوات التابعة لحكومة الوفاق الوطني قرب سرت.', actors: ['lna-haftar', 'gna'], casualties: [['gna']] },
  { pack: 'sudan', text: 'قتل سبعة مدنيين برصاص الدعامة في قرية شرق مدينة ود مدني.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل عشرة من مقاتلي الدعم السريع في هجوم لكتيبة البراء بن مالك على مواقعهم في أم درمان.', actors: ['rsf', 'sudan-army'], casualties: [['sudan-army']] },
  // The one attacker of the lead is the agent of what the article tells later without naming one; a lead that names
  // two (here a US strike beside the executions) gives none.
  { pack: 'somalia', text: 'أعدمت حركة الشباب ثلاثة رجال في ساحة عامة بمدينة جلب بتهمة التجسس.\nوتلا قاض من الحركة الحكم على الرجال أمام حشد من السكان قبل تنفيذه.\nوقال شهود عيان إن الرجال الثلاثة أعدموا رميا بالرصاص بعد ذلك بدقائق.', actors: ['al-shabaab', 'al-shabaab'], casualties: [['al-shabaab'], ['al-shabaab']] },
  { pack: 'somalia', text: 'أعدمت حركة الشباب ثلاثة رجال في ساحة عامة بمدينة جلب، بعد أيام من غارة أمريكية على المدينة.\nوتلا قاض من الحركة الحكم على الرجال أمام حشد من السكان قبل تنفيذه.\nوقال شهود عيان إن الرجال الثلاثة أعدموا رميا بالرصاص بعد ذلك بدقائق.', actors: ['al-shabaab', 'usa', 'al-shabaab'], casualties: [['al-shabaab'], []] },
  // «على يد/أيدي» names the agent of a passive («بيد» alone is control).
  { pack: 'somalia', text: 'قتل جنديان من الجيش الصومالي على يد عناصر حركة الشباب في هجوم على قاعدة عسكرية.', actors: ['somali-forces', 'al-shabaab'], casualties: [['al-shabaab']] },
  // The actor an accuser accuses is the attacker.
  { pack: 'sudan', text: 'قتل 6 أشخاص بمسيرة استهدفت سوقا في الأبيض، واتهمت الحكومة قوات الدعم السريع بالوقوف وراء الهجوم.', actors: ['rsf', 'rsf'], casualties: [['rsf']] },
  // «بتهم» is a charge, not a pronoun pointing at the announcer's own side.
  { pack: 'somalia', text: 'أعلنت حركة الشباب إعدام 4 أشخاص بتهم التجسس لصالح الحكومة.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // The lead's attacker does not reach a story the article turns to («وفي سياق آخر»), nor a death told more than
  // four sentences after the lead.
  { pack: 'somalia', text: 'أعدمت حركة الشباب ثلاثة رجال في ساحة عامة بمدينة جلب بتهمة التجسس.\nوتلا قاض من الحركة الحكم على الرجال أمام حشد من السكان قبل تنفيذه.\nوفي سياق آخر، لقي طفلان حتفهما غرقا في نهر جوبا.', actors: ['al-shabaab', 'al-shabaab'], casualties: [['al-shabaab'], []] },
  { pack: 'somalia', text: 'أعدمت حركة الشباب ثلاثة رجال في ساحة عامة بمدينة جلب بتهمة التجسس.\nوتلا قاض من الحركة الحكم على الرجال أمام حشد من السكان قبل تنفيذه.\nوتعيش المدينة منذ سنوات تحت سيطرة الحركة.\nوتشهد أسواقها ركودا منذ أشهر.\nويشكو التجار من الضرائب المفروضة عليهم.\nوتراجعت حركة الشاحنات القادمة من الساحل.\nوارتفعت أسعار الوقود في الأسواق.\nوقال شهود عيان إن رجلا آخر قتل بعد ذلك بأيام.', actors: ['al-shabaab', 'al-shabaab', 'al-shabaab'], casualties: [['al-shabaab'], []] },
  // A body a linker («التابع لـ»، «بقيادة») ties to a speaker, or to the announcing force, speaks with it: no attacker.
  { pack: 'libya', text: 'وقال قائد المحور العميد سالم الفرجاني، التابع لقوات الوفاق، إن القصف أدى إلى مقتل ثلاثة مدنيين.', actors: ['gna'], casualties: [[]] },
  { pack: 'libya', text: 'أعلنت قوات الجيش الوطني الليبي بقيادة المشير خليفة حفتر مقتل خمسة مدنيين في قصف على حي الليثي.', actors: ['lna-haftar', 'lna-haftar'], casualties: [[]] },
  // A state's nationality on gunmen is where they come from: the body named beside them, or the pack's default, owns them.
  { pack: 'somalia', text: 'هاجم المسلحون الصوماليون في حركة الشباب قرية قرب جوهر وقتلوا ستة مدنيين.', actors: ['al-shabaab', 'al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'yemen', text: 'قتل ثلاثة مدنيين برصاص مسلحين يمنيين في عدن.', actors: [null], casualties: [[]] },
  // Once named, al-Shabaab is «الجماعة»; a movement announcing soldiers' deaths fought them, an army announcing its own did not.
  { pack: 'somalia', text: 'تبنت حركة الشباب الهجوم على القاعدة. وأعلنت الجماعة مقتل 20 جنديا إثيوبيا في الهجوم.', actors: ['al-shabaab', 'al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'أعلن الجيش الصومالي مقتل 4 جنود في انفجار لغم قرب بلدوين.', actors: ['somali-forces'], casualties: [[]] },
  // A killing the victims were charged with is no act of those around it.
  { pack: 'yemen', text: 'أعدمت جماعة الحوثي خمسة أشخاص في صنعاء بتهمة رفع إحداثيات أدت لمقتل قائد عسكري في غارة.', actors: ['houthis'], casualties: [['houthis'], []] },
  // The actor whose prisons hold the detained holds them, whoever else the sentence names.
  { pack: 'palestine', text: 'تقول حماس إن أكثر من 5 آلاف أسير فلسطيني، بينهم نساء، يقبعون في سجون الاحتلال.', actors: ['palestinian-factions', 'israel'], casualties: [['israel']] },
  // Prisoners whose release is demanded are no new detention.
  { pack: 'palestine', text: 'تطالب حماس بالإفراج عن أكثر من 5 آلاف أسير فلسطيني، بينهم نساء، في سجون الاحتلال.', actors: ['palestinian-factions', 'israel'], casualties: [] },
  // A possessive on the victims is the armed speaker's own: it tells of its dead.
  { pack: 'palestine', text: 'أعلنت كتائب الأقصى مقتل اثنين من مقاتليها في انفجار غامض شرق جنين.', actors: ['palestinian-factions', 'palestinian-factions'], casualties: [[]] },
  // The sides «بين» pairs, with a few words of a side no lexicon names whole, are neither of them the agent.
  { pack: 'libya', text: 'لقي عشرة أشخاص مصرعهم في مواجهات بين مجلس شورى ثوار بنغازي وكتائب موالية للمشير خليفة حفتر، فيما أعلن عن مقتل قائد ميداني في مصراتة.', actors: ['armed-groups', 'lna-haftar'], casualties: [['armed-groups', 'lna-haftar'], []] },
  // «طيران مسير» is a drone, which has no default in Yemen (both sides fly them); an Iraqi «قوة أمنية» is the state's.
  { pack: 'yemen', text: 'أصيب مواطن إثر استهداف بطيران مسير لحي سكني في مديرية حيس.', actors: [null], casualties: [[]] },
  { pack: 'iraq', text: 'وفرضت قوة أمنية طوقا على مكان الانفجار، فيما شنت حملة دهم اعتقلت خلالها ثلاثة مطلوبين.', actors: ['iraqi-forces'], casualties: [['iraqi-forces']] },
  // A headline split by dots reads on into its other parts: the side that claims the attack there is the agent.
  { pack: 'lebanon', text: 'مقتل 3 جنود إسرائيليين.. وحزب الله يتبنى استهداف الدورية\n\nقال الجيش الإسرائيلي إن صاروخا أصاب آلية عسكرية قرب الحدود.', actors: ['israel', 'hezbollah', 'israel'], casualties: [['hezbollah']] },
  { pack: 'lebanon', text: 'مقتل 3 جنود إسرائيليين قرب الحدود.\n\nوقال حزب الله إنه لا علاقة له بالحادث.', actors: ['israel', 'hezbollah'], casualties: [[]] },
  // The Government of National Unity's forces and Wagner under its later names.
  { pack: 'libya', text: 'أصيب جنديان بنيران عناصر من مجموعة فاغنر جنوب سرت.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  // A verb's subject read as its victims («اعتقل جنود الاحتلال ثلاثة…») is the agent, and of the verb joined after it.
  { pack: 'palestine', text: 'وفي قلقيلية، اعتقل جنود الاحتلال ثلاثة أسرى محررين بعد مداهمة منازلهم، واعتقلت شابا آخر في الخليل.', actors: ['israel'], casualties: [['israel'], ['israel']] },
  { pack: 'palestine', text: 'قتل جنود الاحتلال في كمين شمال غزة.', actors: ['israel'], casualties: [[]] },
  // A governorate's police command by its name; a broadcaster by its nationality is a source («بالتليفزيون الإسرائيلي»).
  { pack: 'iraq', text: 'وبحسب بيان شرطة البصرة فإن قوة من الشرطة داهمت المنطقة واعتقلت 7 أشخاص.', actors: ['iraqi-forces'], casualties: [['iraqi-forces']] },
  { pack: 'lebanon', text: 'وذكرت القناة الثانية بالتليفزيون الإسرائيلي أن صاروخا أصاب المركبة، وتحدثت أنباء عن سقوط قتلى وجرحى.', actors: ['israel'], casualties: [[], []] },
  // A lead's attacker reaches the deaths told after it; a suspected one («يحمل بصمات») does not.
  { pack: 'somalia', text: 'حركة الشباب تهاجم سوقا في مقديشو\nانفجرت سيارة مفخخة قرب سوق في مقديشو صباح اليوم.\nوقال مسعف إن 6 أشخاص قتلوا في الانفجار.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'تفجير في مقديشو يحمل بصمات حركة الشباب\nانفجرت سيارة مفخخة قرب سوق في مقديشو صباح اليوم.\nوقال مسعف إن 6 أشخاص قتلوا في الانفجار.', actors: ['al-shabaab'], casualties: [[]] },
  // Soldiers of no named side are likelier the army's own: an army named in the sentence before is not their attacker.
  { pack: 'libya', text: 'خاضت قوات موالية لحفتر اشتباكات عنيفة حول درنة. وقال مصدر أمني إن جنديا خطف من نقطة تفتيش جنوب بنغازي.', actors: ['lna-haftar'], casualties: [[]] },
  { pack: 'libya', text: 'قصفت قوات حفتر أحياء في طرابلس. وقال مصدر طبي إن ثلاثة مدنيين قتلوا.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  // Syria
  { pack: 'syria', text: 'قتلت قوات الجندرما التركية ثلاثة لاجئين سوريين حاولوا عبور الحدود قرب خربة الجوز.', actors: ['turkey'], casualties: [['turkey']] },
  { pack: 'syria', text: 'قتل تسعة مدنيين بغارات للطيران الروسي على بلدة كفرنبل في ريف إدلب الجنوبي.', actors: ['russia'], casualties: [['russia']] },
  // «استهداف X» with an instrument and a comma before its object is X's attack; the SDF's local military councils.
  { pack: 'syria', text: 'وكان المرصد قد رصد استهداف قوات مجلس الباب العسكري بقذائف الهاون، تجمعا لفصيل السلطان مراد قرب قرية عريمة، ما أدى إلى مقتل ثلاثة عناصر.', actors: ['sdf'], casualties: [['sdf']] },
  // A victim joined to the mention by «وكذلك» names a victims' side with its «من»: no agent. (The soldier is read as a
  // mention of its own, by ellipsis; the Turkish shelling is the agent of both.)
  { pack: 'syria', text: 'فقد مدني من سكان القرية حياته، وكذلك عنصر من الجيش السوري، جراء القصف التركي على ريف تل تمر.', actors: ['syrian-government', 'turkey'], casualties: [['turkey'], ['turkey']] },
  // The sentence before gives its actor only when it tells of violence: one only mentioned there (at prayer) is no agent.
  { pack: 'somalia', text: 'وكان عناصر من حركة الشباب يؤدون الصلاة في مسجد السوق. وذكر شهود أن أحد أعضاء هذه الجماعة أصيب بجروح خلال الانفجار', actors: ['al-shabaab', 'al-shabaab'], casualties: [[]] },
  { pack: 'somalia', text: 'وكان مسلحو حركة الشباب قد دخلوا البلدة وأطلقوا النار في السوق. وذكر شهود أن خمسة مدنيين أصيبوا بجروح', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // The base attacked is no agent, though «لـ» links it: «قاعدة» is a target noun.
  { pack: 'iraq', text: 'جرح جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة للجيش الأمريكي غرب الأنبار', actors: [null, 'usa'], casualties: [[]] },
  // «من» past the verb's object names the object's side, not the attacker; a unit's «من» names the subject's.
  { pack: 'lebanon', text: 'مسيرة إسرائيلية تستهدف عنصرين من حزب الله على دراجة نارية قرب النبطية ما أدى إلى مقتلهما', actors: ['israel', 'hezbollah'], casualties: [['israel']] },
  // Somali reports call the movement's fighters «المسلحون/المتشددون» without its name: the pack's default for them,
  // kept when the owner named earlier in the article is that default.
  { pack: 'somalia', text: 'هاجم مسلحون قاعدة للجيش في بلدوين ما أسفر عن مقتل 3 جنود', actors: ['al-shabaab', 'somali-forces'], casualties: [['al-shabaab']] },
  { pack: 'somalia', text: 'اقتحم متشددون إسلاميون مطعما على شاطئ ليدو. واستمر الحصار عدة ساعات قبل أن ينتهي. وقال ضابط إن المتشددين أعدموا 4 من النادلين داخل المطعم', actors: ['al-shabaab', 'al-shabaab'], casualties: [['al-shabaab']] },
  // Each side's press names the other by its leader («ميليشيات السراج»، «جيش البرهان»، «قوات دقلو»), and the LNA's air
  // force by its operation («طيران الكرامة»); Tripoli's armed groups by theirs («ميليشيا الككلي»).
  { pack: 'libya', text: 'قتل ثلاثة مدنيين بقصف لميليشيات السراج على حي سكني في العزيزية', actors: ['gna'], casualties: [['gna']] },
  { pack: 'libya', text: 'قتل جنديان بغارة لطيران الكرامة على مواقع في القره بوللي', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'أصيب خمسة أشخاص في اشتباكات بين ميليشيا الككلي ولواء الصمود في طرابلس', actors: ['armed-groups', 'armed-groups'], casualties: [['armed-groups']] },
  { pack: 'sudan', text: 'قتل 12 مدنيا في هجوم لقوات دقلو على قرية التكينة بولاية الجزيرة', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل 4 أشخاص بقصف لجيش البرهان على سوق في الطويشة', actors: ['sudan-army'], casualties: [['sudan-army']] },
  // A genitive «لـ» right after the victims names whom they serve, also in a sub-group.
  { pack: 'lebanon', text: 'قتل 5 عناصر لـ"حزب الله" في غارة على الجنوب', actors: ['hezbollah'], casualties: [[]] },
  { pack: 'lebanon', text: 'استشهد 12 شخصا بينهم 5 عناصر لـ"حزب الله" بغارات إسرائيلية على الجنوب', actors: ['hezbollah', 'israel'], casualties: [['israel']] },
  // Lebanese copy: «معادية»/«معاد» name Israel, «الحزب» Hezbollah; a speaker reporting its own attack tells of its target's crew.
  { pack: 'lebanon', text: 'استشهد عنصران من حزب الله في غارة معادية على بلدة حولا.', actors: ['hezbollah', 'israel'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'استشهد مواطن وأصيب آخر في قصف مدفعي معاد على أطراف بلدة الخيام.', actors: ['israel'], casualties: [['israel'], ['israel']] },
  { pack: 'lebanon', text: 'قالت وسائل إعلام إسرائيلية إن جنديا قتل بصاروخ أطلقه الحزب على المطلة.', actors: ['hezbollah'], casualties: [['hezbollah']] },
  { pack: 'lebanon', text: 'وأضاف الحزب في بيان أنه استهدف دبابة قرب موقع العباد وأوقع طاقمها بين قتيل وجريح.', actors: ['hezbollah'], casualties: [['hezbollah'], ['hezbollah']] },
  // The side named by «من» after a counted casualty is the victims': a drone after it is not theirs.
  { pack: 'lebanon', text: 'قتل اثنان من عناصر حزب الله بغارة من مسيرة على دراجة نارية في ميس الجبل.', actors: ['hezbollah', 'israel'], casualties: [['israel']] },
  // «إنه اغتال» is the speaker's own act; quotes around an object keep its «من» side a target; truce breaches are attacks.
  { pack: 'lebanon', text: 'وقال جيش الاحتلال في بيان إنه اغتال قياديا في حزب الله بغارة على بلدة الطيبة.', actors: ['israel', 'hezbollah'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'وأعلن الجيش الإسرائيلي أن غارته استهدفت “عنصرا” من حزب الله. وتأتي الغارة ضمن سلسلة خروقات إسرائيلية أوقعت عشرات القتلى.', actors: ['israel', 'hezbollah', 'israel'], casualties: [['israel']] },
  // The side that mourns the dead («نعاهما حزب الله») is theirs, not their attacker.
  { pack: 'lebanon', text: 'تبادل حزب الله وإسرائيل القصف على الحدود. وأسفر ذلك عن مقتل مقاتلين نعاهما حزب الله.', actors: ['hezbollah', 'israel', 'hezbollah'], casualties: [['israel']] },
  // Whoever finds, recovers or receives the dead and wounded did not harm them.
  { pack: 'iraq', text: 'وقال مصدر إن القوات الأمنية عثرت على 12 جثة في بئر قرب الموصل', actors: ['iraqi-forces'], casualties: [[]] },
  { pack: 'sudan', text: 'وانتشلت قوات الدفاع المدني التابعة للجيش 9 جثث من تحت الأنقاض', actors: ['sudan-army'], casualties: [[]] },
  // A suspected owner told by a hedge and «أنها» owns the aircraft.
  { pack: 'yemen', text: 'قصفت طائرة بدون طيار يعتقد أنها أمريكية سيارة تقل عناصر من تنظيم القاعدة في شبوة ما أسفر عن مقتل أربعة منهم', actors: ['usa', 'aqap'], casualties: [['usa']] },
  // Government outlets praise their own side: «أبطال الجيش»، «الجيش والمقاومة».
  { pack: 'yemen', text: 'لقي 6 من مسلحي الحوثي مصرعهم بنيران أبطال الجيش والمقاومة في جبهة الكدحة غرب تعز', actors: ['houthis', 'yemen-government'], casualties: [['yemen-government']] },
  // A contrasted clause that reports the same toll («بينما كانت مصادر قد أعلنت») keeps the event's agent; another event does not.
  { pack: 'iraq', text: 'قتل 20 شخصا بتفجير نفذه تنظيم داعش في سوق ببغداد، بينما كانت مصادر طبية قد أعلنت سقوط 14 قتيلا في حصيلة أولية', actors: ['isis'], casualties: [['isis'], ['isis']] },
  { pack: 'iraq', text: 'قتل 20 شخصا بتفجير نفذه تنظيم داعش في سوق ببغداد، بينما قتل 3 أشخاص في حادث سير جنوب المدينة', actors: ['isis'], casualties: [['isis'], []] },
  // An armed side that announces captures made them — not of its own men, nor after «على يد X».
  { pack: 'sudan', text: 'قوات الدعم السريع كشفت عن أسر 30 جنديا في بارا', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'أعلن الجيش السوداني أسر 12 من عناصر الدعم السريع قرب الأبيض', actors: ['sudan-army', 'rsf'], casualties: [['sudan-army']] },
  // RSF and army epithets each side's outlets use: gangs, «جيش الفلول», the army's columns («متحركات»).
  { pack: 'sudan', text: 'قتل 18 مواطنا برصاص عصابات الدعم السريع في قرية شرق الجزيرة.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل 12 مدنيا في قصف لطيران جيش الفلول على سوق في نيالا.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  { pack: 'sudan', text: 'قتل خمسة مدنيين في قصف مدفعي شنته متحركات الجيش على قرية قرب بارا.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  // The side named by «من» after a counted casualty is the victims': a drone after it is not theirs.
  { pack: 'sudan', text: 'قتل 4 من عناصر الدعم السريع في هجوم بطائرة مسيرة على مخزن للوقود في نيالا.', actors: ['rsf', null], casualties: [[]] },
  // The side announcing the other side's dead in a fight is that fight's other side.
  { pack: 'sudan', text: 'أعلن الجيش السوداني مقتل 60 من عناصر الدعم السريع في معارك بمحيط مدينة بابنوسة.', actors: ['sudan-army', 'rsf'], casualties: [['sudan-army']] },
  { pack: 'yemen', text: 'أعلنت الحكومة اليمنية اختطاف 3 صحفيين على يد الحوثيين في صنعاء', actors: ['yemen-government', 'houthis'], casualties: [['houthis']] },
  // Tripoli-side names of the LNA's fighters and of its leader; eastern copy's bare «الجيش»; the LNA's enemies called
  // terrorists by its outlets; a command named whole is one speaker.
  { pack: 'libya', text: 'قتل أربعة مقاتلين موالين لحفتر بضربة جوية جنوب طرابلس', actors: ['lna-haftar'], casualties: [[]] },
  { pack: 'libya', text: 'قتل مدني وأصيب ثلاثة آخرون بقذائف أطلقتها مجموعات حفتر على حي الفرناج', actors: ['lna-haftar'], casualties: [['lna-haftar'], ['lna-haftar']] },
  { pack: 'libya', text: 'قتلت قوات الجنرال الانقلابي حفتر طفلين بقصف عشوائي على تاجوراء', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل خمسة من عناصر الميليشيات الإرهابية في اشتباكات مع قوات الجيش الوطني في حي الصابري ببنغازي', actors: ['armed-groups', 'lna-haftar'], casualties: [['lna-haftar']] },
  // The bare «الجيش» names no side in Libya: eastern copy means the LNA by it, western copy Tripoli's forces.
  { pack: 'libya', text: 'قتل جنديان في اشتباكات مع الجيش جنوب طرابلس', actors: [], casualties: [[]] },
  { pack: 'libya', text: 'أعلن المكتب الإعلامي للقيادة العامة للجيش الوطني الليبي مقتل ثلاثة جنود بانفجار لغم في درنة', actors: ['lna-haftar'], casualties: [[]] },
  { pack: 'libya', text: 'قتل أربعة مدنيين بقصف للقوات الحكومية على مواقع في ترهونة', actors: ['gna'], casualties: [['gna']] },
  { pack: 'libya', text: 'قتل عشرة من مسلحي ولاية برقة في غارة جوية على مخبأ قرب درنة', actors: ['isis'], casualties: [[]] },
  // «تعرض» (was subjected to): the side after it is attacked, not the attacker.
  { pack: 'somalia', text: 'تعرضت قوات صومالية لكمين قرب مركة ما أدى إلى سقوط قتلى عسكريين', actors: ['somali-forces'], casualties: [[]] },
  { pack: 'somalia', text: 'تعرضت قوات صومالية لهجوم شنته حركة الشباب قرب مركة ما أدى إلى مقتل خمسة جنود', actors: ['somali-forces', 'al-shabaab'], casualties: [['al-shabaab']] },
  // «القضاء على» is said by the side that killed; the clan militias fight beside the army.
  { pack: 'somalia', text: 'أعلن الجيش الصومالي القضاء على سبعة من عناصر حركة الشباب في إقليم هيران', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'قتلت قوات معاويسلي ثمانية من مسلحي الشباب المسلحة قرب بلدوين', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  // The body that runs a quoted agency speaks with it, and is no attacker of the strike the agency reports.
  { pack: 'yemen', text: 'قالت وكالة سبأ التي تديرها جماعة الحوثي إن غارات لطيران التحالف على سوق في صعدة أدت إلى مقتل تسعة مدنيين', actors: ['houthis', 'saudi-coalition'], casualties: [['saudi-coalition']] },
  // A whole war as the verb's setting makes a cumulative toll: the lead's attacker is not its agent.
  { pack: 'yemen', text: 'قتل 4 مدنيين بغارة لطيران التحالف على سوق في صعدة. وقُتل في الحرب اليمنية منذ عام 2015 أكثر من 10 آلاف مدني.', actors: ['saudi-coalition'], casualties: [['saudi-coalition'], []] },
  // «نقلت عن X قوله/تأكيدها»: X is quoted, not the attacker.
  { pack: 'somalia', text: 'فجرت حركة الشباب سيارة مفخخة أمام فندق في مقديشو. ونقلت إذاعة محلية عن الشرطة الصومالية تأكيدها مقتل سبعة أشخاص في الهجوم', actors: ['al-shabaab', 'somali-forces'], casualties: [['al-shabaab']] },
  // Danab, Gorgor and Puntland in the spellings Somali outlets use.
  { pack: 'somalia', text: 'قتل 14 من مسلحي الخوارج في عملية نفذتها قوات داناب في إقليم شبيلي الوسطى.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'قتل سبعة من عناصر الشباب في كمين نصبته قوات جورجور قرب بولوبردي.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'قتل 12 من عناصر حركة الشباب على يد قوات بونت لاند في جبال جلجلا.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  // The side a convoy or an armoured vehicle is of, after it, is the target of the ambush laid for it.
  { pack: 'somalia', text: 'قتل 8 جنود في كمين نصبته حركة الشباب لقافلة للجيش الصومالي قرب بيدوا.', actors: ['al-shabaab', 'somali-forces'], casualties: [['al-shabaab']] },
  // «حي الطيران»، «ساحة الطيران»: a place's name, no aircraft and no actor.
  { pack: 'sudan', text: 'قتل 3 مدنيين بقذيفة سقطت في حي الطيران بمدينة الأبيض.', actors: [], casualties: [[]] },
  // Guard: a convoy that attacks is its side's.
  { pack: 'sudan', text: 'هاجمت قافلة تابعة لقوات الدعم السريع قرية ود النورة، ما أدى إلى مقتل 35 مدنيا.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'libya', text: 'قصفت مدرعات تابعة لقوات حفتر أحياء سكنية جنوب طرابلس، ما أدى إلى مقتل 3 مدنيين.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  // The side named by «من» after a counted casualty is the victims': a drone after it is not theirs.
  { pack: 'somalia', text: 'قتل اثنان من مقاتلي الشباب بضربة من طائرة مسيرة قرب جلب.', actors: ['al-shabaab', null], casualties: [[]] },
  // «على أيدي» + a body no pack names: an unnamed agent, none borrowed; an accusation «إلى X» gives the next sentence its actor.
  { pack: 'somalia', text: 'وأعلنت الشرطة مقتل خمسة رعاة على أيدي ميليشيا عشائرية في إقليم جلجدود.', actors: [], casualties: [[]] },
  { pack: 'somalia', text: 'ووجهت أصابع الاتهام إلى حركة الشباب. وقال شهود إن العبوة قتلت جنديين قرب سوق بكارة.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // A headline's present «يقتل» makes its subject the attacker, which the article's later toll of the operation takes.
  { pack: 'somalia', text: 'الجيش الصومالي يقتل 18 مسلحا من الشباب في جوبا الوسطى\nأعلن الجيش الصومالي مقتل 18 عنصرا من حركة الشباب خلال عملية عسكرية قرب جلب. وأسفرت العملية التي استهدفت ثلاث قرى عن إصابة نحو 20 مسلحا آخرين.', actors: ['somali-forces', 'al-shabaab', 'somali-forces', 'al-shabaab'], casualties: [['somali-forces'], ['somali-forces'], ['somali-forces']] },
  // An armed side announcing the other side's dead of its own military operation, or of a fight, is their killer.
  { pack: 'somalia', text: 'أعلن الجيش الصومالي مقتل 9 من عناصر حركة الشباب في عملية عسكرية بإقليم جوبا الوسطى.', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  // Resistance outlets name Israeli soldiers by «صهيوني/صهاينة» (their side, not the attacker) and the factions «المقاومة».
  { pack: 'palestine', text: 'أصيب ثلاثة جنود صهاينة بتفجير عبوة ناسفة زرعتها المقاومة قرب مخيم نور شمس', actors: ['israel', 'palestinian-factions'], casualties: [['palestinian-factions']] },
  { pack: 'palestine', text: 'قتل جندي صهيوني وأصيب آخر في كمين قرب جنين', actors: ['israel'], casualties: [[], []] },
  // Settlers counted are victims (a member demonym), named as shooters an agent without an id; the border police and
  // «السرايا» by name.
  { pack: 'palestine', text: 'قتل مستوطنان وأصيب ثالث في عملية إطلاق نار نفذها مقاومون قرب نابلس.', actors: ['palestinian-factions'], casualties: [['palestinian-factions'], ['palestinian-factions']] },
  { pack: 'palestine', text: 'أصيب شاب برصاص قوات حرس الحدود عند باب العامود في القدس.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'أصيب أربعة مواطنين برصاص مستوطنين هاجموا قرية سنجل.', actors: [], casualties: [[]] },
  { pack: 'palestine', text: 'قتل جندي إسرائيلي بتفجير عبوة ناسفة تبنته السرايا في مخيم جنين.', actors: ['israel', 'palestinian-factions'], casualties: [['palestinian-factions']] },
  // Bare «الجنود» are Israel's as agents, and still soldiers as victims.
  { pack: 'palestine', text: 'أصيب شاب برصاص الجنود قرب حاجز قلنديا.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'قتل الجنود الثلاثة في انفجار عبوة ناسفة في جنين.', actors: ['israel'], casualties: [[]] },
  // A second side joined to the victims' «في صفوف» is theirs too.
  { pack: 'iraq', text: 'فجر انتحاري حزاما ناسفا عند حاجز في الطارمية ما أسفر عن سقوط قتلى وجرحى في صفوف المدنيين وقوات الجيش العراقي', actors: ['iraqi-forces'], casualties: [[], []] },
  // One side's dead in a fight «بين» two named sides are the other's doing; «تابعين لـ» after the victims names their
  // unit, read through the fused article of «للواء».
  { pack: 'libya', text: 'اندلعت اشتباكات بين قوات الجيش الليبي والمرتزقة التشاديين جنوب سبها، أسفرت عن مقتل ثلاثة من الجنود تابعين للواء السادس مشاة', actors: ['lna-haftar', 'armed-groups', 'lna-haftar'], casualties: [['armed-groups']] },
  // A body and its loyalty to another, one adjective between: the loyalty shares the body's role.
  { pack: 'libya', text: 'فجر انتحاري سيارة مفخخة في تجمع لقوات فجر ليبيا الإسلامية، الموالية لحكومة الوفاق، ما أسفر عن مقتل خمسة عناصر', actors: ['gna', 'gna'], casualties: [[]] },
  { pack: 'libya', text: 'ذكرت وكالة أعماق أن مقاتلي التنظيم أعدموا أربعة رجال في سرت بتهمة التجسس', actors: ['isis', 'isis'], casualties: [['isis']] },
  // A body that ends on a definite word takes no bare name after it as its owner: the accused is no speaker.
  { pack: 'libya', text: 'قتل طفلان بقذيفة سقطت على حي سكني في طرابلس، واتهمت وزارة الداخلية قوات حفتر بإطلاقها', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  // The Tebu's gunmen, the LNA as «ميليشيات الكرامة», Libya Dawn as the Tripoli camp, ISIS's Libyan branch.
  { pack: 'libya', text: 'قتل ثلاثة مدنيين برصاص مسلحين من التبو في أحد أحياء سبها.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  { pack: 'libya', text: 'قتل تسعة أشخاص في قصف نفذته ميليشيات الكرامة على منطقة السواني.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل خمسة من عناصر فجر ليبيا في اشتباكات قرب ورشفانة.', actors: ['gna'], casualties: [[]] },
  { pack: 'libya', text: 'تبنى الفرع الليبي لتنظيم الدولة هجوما على بوابة أمنية قتل فيه أربعة جنود.', actors: ['isis'], casualties: [['isis']] },
  // A linker after an adjective still names the victims' side; the Petroleum Facilities Guard is an armed group.
  { pack: 'libya', text: 'وقال المتحدث باسم الجيش الوطني الليبي إن غرفة عمليات سرت الكبرى قتلت 4 عناصر قياديين تابعين لتنظيم داعش.', actors: ['lna-haftar', 'lna-haftar', 'isis'], casualties: [['lna-haftar']] },
  { pack: 'libya', text: 'قتل ثلاثة من مسلحي التنظيم في اشتباك مع حرس المنشآت النفطية قرب رأس لانوف.', actors: ['isis', 'armed-groups'], casualties: [['armed-groups']] },
  // The two sides of a fight («بين … وبين مسلحي …», armed residents beside one) are no agent of shelling told after it.
  { pack: 'libya', text: 'تشهد درنة منذ أشهر معارك بين قوات الجيش الوطني الليبي ومؤيدين لها من الأهالي المسلحين وبين مسلحي مجلس شورى مجاهدي درنة. وقتل أمس طفلان وأصيب ثلاثة آخرون جراء سقوط قذائف على حي سكني.', actors: ['lna-haftar', 'armed-groups'], casualties: [[], []] },
  // A fight among one group («بين ميليشيات مسلحة») is that group's toll; two named sides give a combined toll none.
  { pack: 'libya', text: 'ساد هدوء حذر في الزاوية بعد اشتباكات بين ميليشيات مسلحة أسفرت عن سقوط 9 قتلى و 20 جريحا.', actors: ['armed-groups'], casualties: [['armed-groups'], ['armed-groups']] },
  { pack: 'libya', text: 'شهدت غريان مساء أمس اشتباكات بين مجموعات مسلحة، أسفرت عن مقتل شخصين وإصابة أربعة آخرين.', actors: ['armed-groups'], casualties: [['armed-groups'], ['armed-groups']] },
  { pack: 'libya', text: 'ساد هدوء حذر في الزاوية بعد اشتباكات بين ميليشيات مسلحة وقوات حكومة الوحدة أسفرت عن سقوط 9 قتلى و 20 جريحا.', actors: ['armed-groups', 'gna'], casualties: [['armed-groups', 'gna'], ['armed-groups', 'gna']] },
  // «مرتزقة» ends in «ة», no pronoun: the side announcing them killed in its operation is their killer.
  { pack: 'libya', text: 'أعلنت قوات حكومة الوفاق مقتل 6 من مرتزقة فاغنر في عملية عسكرية قرب قاعدة الجفرة.', actors: ['gna', 'lna-haftar'], casualties: [['gna']] },
  // A fight of which only the other side is named (the victims' is a bare «الجيش»): that side killed them.
  { pack: 'libya', text: 'قالت مصادر عسكرية إن خمسة جنود من الجيش الليبي قتلوا وأصيب 20 آخرون في معارك بين الجيش وقوات إسلامية قرب مطار بنينا.', actors: ['lna-haftar', 'armed-groups'], casualties: [['armed-groups'], ['armed-groups']] },
  // Kurdish outlets name Turkey by its government; Iraqi ones ISIS by contempt.
  { pack: 'iraq', text: 'قتل ثلاثة مدنيين بقصف لطائرات النظام التركي على قرية في ناحية كاني ماسي بمحافظة دهوك', actors: ['turkey'], casualties: [['turkey']] },
  { pack: 'iraq', text: 'قتل ضابط وجنديان بهجوم لعصابات داعش الإجرامية على نقطة للجيش في مطيبيجة', actors: ['isis', 'iraqi-forces'], casualties: [['isis']] },
  // Checklist forms (issue 14) in casualty sentences: leaders' and epithet names, generated unit names, the US strikes
  // on Yemen apart from the coalition's, generic «terrorist» names in Somali copy, quadcopters and gunboats.
  { pack: 'libya', text: 'قتل ثلاثة مدنيين بقصف لميليشيات الدبيبة على حي في الزاوية.', actors: ['gna'], casualties: [['gna']] },
  { pack: 'libya', text: 'أصيب خمسة أشخاص بقذائف أطلقتها قوات العدوان على منطقة عين زارة.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'somalia', text: 'قتل أربعة مدنيين في هجوم شنته العناصر الإرهابية على قرية قرب عدن يابال.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  { pack: 'sudan', text: 'قتل 9 مدنيين في هجوم شنه جنجويد على قرية قرب كتم.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'sudan', text: 'قتل ستة مدنيين بقصف مدفعي نفذته الفرقة 22 مشاة على قرية غرب بابنوسة.', actors: ['sudan-army'], casualties: [['sudan-army']] },
  { pack: 'yemen', text: 'قتل ثلاثة مدنيين في غارات العدوان الأمريكي على ميناء الحديدة.', actors: ['usa'], casualties: [['usa']] },
  { pack: 'yemen', text: 'قتل ثلاثة مدنيين في غارات العدوان الأمريكي السعودي على صعدة.', actors: ['saudi-coalition'], casualties: [['saudi-coalition']] },
  { pack: 'yemen', text: 'أصيب طفلان بقذيفة أطلقها مرتزقة العدوان على حي سكني في مديرية حيس.', actors: ['yemen-government'], casualties: [['yemen-government']] },
  { pack: 'iraq', text: 'قتل خمسة من عناصر الحشد بهجوم لعصابات داعش التكفيرية في مطيبيجة.', actors: ['pmf', 'isis'], casualties: [['isis']] },
  { pack: 'iraq', text: 'قتل مدنيان بقصف لقوات الاحتلال الأمريكي على منزل في جرف الصخر.', actors: ['usa'], casualties: [['usa']] },
  { pack: 'palestine', text: 'استشهد صياد برصاص الزوارق الحربية الإسرائيلية قبالة بحر خان يونس.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'lebanon', text: 'استشهد مواطن بصاروخ أطلقته محلقة معادية على بلدة عيتا الشعب.', actors: ['israel'], casualties: [['israel']] },
  // Session 13 (pagesJ shapes): the Somali state in a construct, its security forces, courts and authorities; a
  // minister quoted on an attack is its source, not its agent; Gaza's rulers who execute collaborators.
  { pack: 'somalia', text: 'جيش الصومال يقتل 11 عنصرا من حركة الشباب في هجوم على معسكر قرب جوهر', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'اعتقلت القوات الأمنية الصومالية خمسة أشخاص يشتبه في صلتهم بحركة الشباب خلال مداهمة في حي هودن.', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'نفذت محكمة عسكرية صومالية حكم الإعدام رميا بالرصاص بحق رجلين أدينا بالانتماء إلى حركة الشباب.', actors: ['somali-forces', 'al-shabaab'], casualties: [['somali-forces']] },
  { pack: 'somalia', text: 'وقال وزير الصحة في الحكومة الفيدرالية إن مسلحين اقتحموا مطعما على شاطئ ليدو وقتلوا تسعة أشخاص.', actors: ['al-shabaab'], casualties: [['al-shabaab']] },
  // Gunmen named before a state's forces are not those forces: Somalia's default for gunmen, Sudan's other side.
  { pack: 'somalia', text: 'وقال شهود إن مسلحين قتلوا ثلاثة مدنيين قرب نقطة تفتيش للجيش الصومالي في بلدوين.', actors: ['al-shabaab', 'somali-forces'], casualties: [['al-shabaab']] },
  { pack: 'sudan', text: 'أفادت منظمة حقوقية بأن مسلحين قتلوا 12 مدنيا في قرية غرب الجنينة خلال المعارك بين الجيش السوداني وقوات الدعم السريع.', actors: ['rsf', 'sudan-army', 'rsf'], casualties: [['rsf']] },
  { pack: 'palestine', text: 'واعتقل العدو خلال حملة في مخيم جنين 12 شابا.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'palestine', text: 'أعدم أمن المقاومة ثلاثة متخابرين مع الاحتلال في ساحة عامة بمدينة غزة.', actors: ['palestinian-factions', 'israel'], casualties: [['palestinian-factions']] },
  { pack: 'palestine', text: 'أعلنت وزارة الداخلية في غزة تنفيذ حكم الإعدام بحق اثنين من المدانين بالتخابر.', actors: ['palestinian-factions'], casualties: [['palestinian-factions']] },
  // Issue 15 (actors read on the tuning sets): names a reader of each country's news meets — «عدوان الكيان», an air
  // aggression or an escalation by its adjective, the war machine, the Third Force, the eastern forces, the SPLM-N, the
  // militia, the army — and the keeper of prisons, which no pronoun on the detained names as their side.
  { pack: 'lebanon', text: 'أعلنت وزارة الصحة استشهاد 7 مواطنين جراء عدوان الكيان على بلدة الخيام.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'syria', text: 'قتل أربعة مدنيين في عدوان جوي صهيوني استهدف مبنى سكنيا في ريف دمشق.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'syria', text: 'أصيب طفلان جراء تصعيد تركي على قرى ريف منبج.', actors: ['turkey'], casualties: [['turkey']] },
  { pack: 'syria', text: 'قضى 30 مدنيا خلال أسبوع في حملة تشنها آلة الحرب الروسية على ريف إدلب.', actors: ['russia'], casualties: [['russia']] },
  { pack: 'libya', text: 'هاجمت القوة الثالثة مقرا عسكريا قرب سبها، ما أسفر عن سقوط قتلى وجرحى.', actors: ['gna'], casualties: [['gna'], ['gna']] },
  { pack: 'libya', text: 'قتل 12 شخصا في غارة نفذتها طائرة مسيرة تابعة للقوات الليبية الشرقية على بلدة في الجنوب.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'sudan', text: 'قتل 9 مدنيين في قصف مدفعي شنته الحركة الشعبية على مدينة الدلنج.', actors: ['armed-groups'], casualties: [['armed-groups']] },
  { pack: 'yemen', text: 'تواصل المليشيا الإرهابية احتجاز خمسة من أبناء مديرية الزهرة منذ شهرين.', actors: ['houthis'], casualties: [['houthis']] },
  { pack: 'yemen', text: 'ارتفع عدد المختطفين في سجون المليشيا إلى 60 موظفا، توفي اثنان منهم تحت التعذيب.', actors: ['houthis'], casualties: [['houthis'], ['houthis']] },
  { pack: 'palestine', text: 'وأعلن الجيش عن اعتقال 8 فلسطينيين خلال حملة دهم في نابلس.', actors: ['israel'], casualties: [['israel']] },
  // Issue 15: the side that loses or suffers its people («فقدت قوات الجيش ستة رجال»، «تكبد التنظيم خسائر») is theirs,
  // not their attacker — the other side of the clash is.
  { pack: 'libya', text: 'وقالت مصادر طبية إن قوات الجيش الوطني الليبي، فقدت ستة رجال، كما قتل 11 من مجلس شورى مجاهدي درنة خلال الاشتباكات.', actors: ['lna-haftar', 'armed-groups'], casualties: [['armed-groups'], ['lna-haftar']] },
  { pack: 'libya', text: 'وتكبد التنظيم خسائر كبيرة في الأرواح بعد ساعات من القتال مع حرس المنشآت النفطية.', actors: ['isis', 'armed-groups'], casualties: [['armed-groups']] },
  { pack: 'syria', text: 'فقدت قوات النظام خمسة من عناصرها في هجوم لفصائل المعارضة على حاجز قرب مورك.', actors: ['syrian-government', 'syrian-government', 'opposition'], casualties: [['opposition']] },
  { pack: 'iraq', text: 'وتكبد داعش خسائر فادحة في الأرواح خلال المعارك في أطراف الموصل.', actors: ['isis'], casualties: [[]] },
  // Issue 15: agents of no id joined by «و» to a named actor share its act, and a second verb of the same subject
  // keeps it («قتل جيش الاحتلال ومستوطنون …، وأصابوا …»); settlers alone still name no id.
  { pack: 'palestine', text: 'وخلال العام الماضي، قتل جيش الاحتلال ومستوطنون في الضفة الغربية 300 فلسطيني، وأصابوا نحو 4 آلاف آخرين.', actors: ['israel'], casualties: [['israel'], ['israel']] },
  { pack: 'palestine', text: 'وأصيب شاب برصاص مستوطنين في قرية قريوت شمال رام الله.', actors: [], casualties: [[]] },
  // Issue 15: a group between an actor and «منهم» is what the pronoun points at — the actor is no side of the victims.
  { pack: 'iraq', text: 'قال ضابط إن عناصر داعش حاصروا مجموعة من أبناء العشائر في الحي الصناعي، وأعدموا 17 منهم رميا بالرصاص.', actors: ['isis'], casualties: [['isis']] },
  { pack: 'iraq', text: 'وأشار إلى أن عناصر التنظيم اعتقلوا عشرات المواطنين، كما قاموا بإعدام 9 منهم.', actors: ['isis'], casualties: [['isis'], ['isis']] },
  // Issue 15: a combined toll of a fight between two named sides is both sides' (first named first); a fight told in
  // a relative clause on a place describes it and names no agent.
  { pack: 'sudan', text: 'قتلى وجرحى جراء تجدد المعارك بين الجيش وقوات الدعم السريع في مدينة الأبيض', actors: ['sudan-army', 'rsf'], casualties: [['sudan-army', 'rsf'], ['sudan-army', 'rsf']] },
  { pack: 'sudan', text: 'قتلت امرأة وطفلاها إثر سقوط قذيفة على منزلهم في تبادل للقصف المدفعي بين الجيش والدعم السريع.', actors: ['sudan-army', 'rsf'], casualties: [['sudan-army', 'rsf']] },
  { pack: 'iraq', text: 'قتل 9 مدنيين بقذائف سقطت على منازلهم في الموصل، التي تشهد معارك عنيفة بين القوات العراقية ومسلحي داعش.', actors: ['iraqi-forces', 'isis'], casualties: [[]] },
  // Issue 15: a contrasted clause with no cause and no «في» of its own goes on telling its sentence's event and takes
  // that sentence's agent (none from the sentence before or the lead); with a place of its own it is another event.
  { pack: 'syria', text: 'قال المراسل إن طائرات النظام ألقت برميلا متفجرا على السوق، بينما لا تزال هناك 9 جثث لم يتم التعرف على أصحابها.', actors: ['syrian-government'], casualties: [['syrian-government']] },
  { pack: 'yemen', text: 'وبلغ عدد القتلى بغارات طيران التحالف في المديرية 300 مدني، في حين بلغ عدد الجرحى 512 شخصا.', actors: ['saudi-coalition'], casualties: [['saudi-coalition'], ['saudi-coalition']] },
  { pack: 'palestine', text: 'واعتقلت قوات الاحتلال ثلاثة شبان من مخيم الفارعة، بينما تم اعتقال الشاب محمود من بلدة عزون.', actors: ['israel'], casualties: [['israel'], ['israel']] },
  // Israel's authorities arrest; time words may stand between the verbal noun's agent and its object.
  { pack: 'palestine', text: 'وندد النادي باعتقال السلطات الإسرائيلية اليوم 14 فلسطينيا من الضفة.', actors: ['israel'], casualties: [['israel']] },
  { pack: 'syria', text: 'قصفت طائرات النظام بلدة حزانو، في حين قتل أربعة مدنيين في بلدة معرة مصرين.', actors: ['syrian-government'], casualties: [[]] },
  // Issue 15: skirmishes («مناوشات») are a clash, so the party after «مع» is the victims' foe.
  { pack: 'lebanon', text: 'نعى حزب الله ثلاثة من عناصره سقطوا في المناوشات مع الجيش الإسرائيلي على الحدود.', actors: ['hezbollah', 'hezbollah', 'israel'], casualties: [['israel']] },
  { pack: 'syria', text: 'قتل عنصران من قوات النظام في مناوشات مع فصائل المعارضة بريف حماة.', actors: ['syrian-government', 'opposition'], casualties: [['opposition']] },
  // Issue 15: the subject of venturing on or carrying out an act («أقدم … على إعدام»، «قامت بقتل») is its agent, before
  // the verb or after it, past «عناصر من».
  { pack: 'iraq', text: 'وفي وقت ادعى فيه عناصر من داعش أنهم من الشرطة الاتحادية، أقدم عناصر من التنظيم على إعدام 12 شابا في حي الميدان.', actors: ['isis', 'iraqi-forces', 'isis'], casualties: [['isis']] },
  { pack: 'iraq', text: 'وقال ضابط في الشرطة إن عناصر داعش أقدمت على إعدام 9 مدنيين حاولوا الفرار نحو مناطق تسيطر عليها القوات العراقية.', actors: ['isis', 'iraqi-forces'], casualties: [['isis']] },
  { pack: 'somalia', text: 'وقال الوزير إن قوات الأمن قامت بقتل خمسة مهاجمين داخل الفندق.', actors: ['somali-forces'], casualties: [['somali-forces']] },
  // Issue 14/15: names added in the country sweep (the AU mission, the Danab/Wagner spellings, the security belts, the
  // Peshmerga without «ي», the RSF by its family).
  { pack: 'somalia', text: 'قتل 11 مسلحا من حركة شباب المجاهدين في عملية نفذتها قوات أتميس قرب بلدة جلب.', actors: ['al-shabaab', 'somali-forces'], casualties: [['somali-forces']] },
  { pack: 'sudan', text: 'قتل سبعة مدنيين بقصف مدفعي لقوات آل دقلو على سوق شعبي في مدينة الأبيض.', actors: ['rsf'], casualties: [['rsf']] },
  { pack: 'libya', text: 'أصيب أربعة مدنيين بقذائف أطلقتها مرتزقة فاقنر على حي سكني جنوب طرابلس.', actors: ['lna-haftar'], casualties: [['lna-haftar']] },
  { pack: 'yemen', text: 'قتل جنديان من قوات الأحزمة الأمنية بهجوم لعناصر تنظيم القاعدة في اليمن على نقطة تفتيش في أبين.', actors: ['yemen-government', 'aqap'], casualties: [['aqap']] },
  { pack: 'iraq', text: 'قتل ثلاثة من عناصر البشمركة بهجوم شنه مسلحو داعش على نقطة مراقبة في قضاء مخمور.', actors: ['iraqi-forces', 'isis'], casualties: [['isis']] },
  // Issue 15: the side of a «بينهم» sub-group («بينهم ثلاثة من حزب الله»، a list of sides) is the victims', not their
  // killer; so is the owner a pronoun on the victims' noun points at («من عناصرها»). Guard: an actor named by its attack
  // after a sub-group is still the agent.
  { pack: 'lebanon', text: 'قتل ستة أشخاص، بينهم ثلاثة من «حزب الله»، في إطلاق نار على موكب تشييع في بلدة خلدة.', actors: ['hezbollah'], casualties: [[]] },
  { pack: 'syria', text: 'وبلغت حصيلة المعارك منذ مطلع الشهر 90 قتيلا، بينهم 12 من تنظيم داعش و60 من القوات الحكومية.', actors: ['isis', 'syrian-government'], casualties: [[]] },
  { pack: 'iraq', text: 'انفجرت عبوة ناسفة لدى مرور دورية للحشد الشعبي قرب بعقوبة ما أدى إلى مقتل ثلاثة من عناصرها.', actors: ['pmf', 'pmf'], casualties: [[]] },
  // Guard: where a side attacks or is struck in the sentence, the pronoun is read to the struck, not to its resolution.
  { pack: 'sudan', text: 'قصف الجيش السوداني مواقع قوات الدعم السريع في الفاشر ما أدى لمقتل 30 من عناصرها.', actors: ['sudan-army', 'rsf', 'sudan-army'], casualties: [['sudan-army']] },
  { pack: 'syria', text: 'قصفت قوات النظام مواقع الفصائل في جبل الزاوية ما أدى إلى مقتل 3 من عناصرها.', actors: ['syrian-government', 'opposition', 'syrian-government'], casualties: [['syrian-government']] },
  { pack: 'iraq', text: 'قتل أربعة أشخاص بينهم طفل بقصف تركي على قرية في قضاء العمادية.', actors: ['turkey'], casualties: [['turkey']] },
  // Issue 15: «، وكانت … قد» after a comma tells an earlier event in a clause of its own: its actor and weapon are not
  // those of the clause before, which names its own weapon.
  { pack: 'syria', text: 'قتل شاب برصاص قناص في مدينة دوما أمس، وكانت غارات روسية قد قتلت 35 مدنيا في المدينة الشهر الماضي.', actors: ['russia'], casualties: [[], ['russia']] },
  // Issue 15: a side joined by «و» to the victims' own (past a comma or quotes) is theirs too, not their killer.
  { pack: 'syria', text: 'وتسبب الهجوم بمقتل 13 عنصرا من قوات النظام، والميليشيات الرديفة، وإصابة آخرين بجروح.', actors: ['syrian-government', 'pro-government-militias'], casualties: [[], []] },
  { pack: 'iraq', text: 'انفجرت سيارة مفخخة قرب حاجز ما أدى إلى مقتل 30 عنصراً من قوات الأمن و«الحشد الشعبي».', actors: ['iraqi-forces', 'pmf'], casualties: [[]] },
  // Issue 15: the positions fire came from («مصدره مواقع …»، «بقذائف من مواقع …») are the firer's, not a target.
  { pack: 'syria', text: 'قتل 4 مدنيين بقصف مدفعي مصدره مواقع قوات النظام في بلدة جورين على قرية الزيارة.', actors: ['syrian-government'], casualties: [['syrian-government']] },
  { pack: 'yemen', text: 'قتل 15 شخصا، بينهم 6 من الحوثيين و9 من القوات الحكومية، في اشتباكات بمحافظة تعز.', actors: ['houthis', 'yemen-government'], casualties: [[]] },
];
