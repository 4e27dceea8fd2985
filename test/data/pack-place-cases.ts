/**
 * Place phrases of the conflict packs as data: for each pack, sentences (written for these tests, modeled on how
 * outlets in that country write places) → the place phrases `findPlaces` reads with the pack, as [text, place id,
 * governorate]. Each pack's governorates are its own: Yemen's and Syria's, Iraq's and Lebanon's «محافظة»، Sudan's
 * «ولاية»، Somalia's «إقليم»، Libya's «شعبية».
 */
import type { PlaceCase } from './place-cases.js';

export const packPlaceCases: Record<string, readonly PlaceCase[]> = {
  yemen: [
    { text: 'سقط صاروخ على مديرية صرواح غرب مأرب', places: [['مديرية صرواح غرب مأرب', 'sirwah', 'marib']] },
    { text: 'غارات للتحالف على مديرية حيدان بمحافظة صعدة', places: [['مديرية حيدان بمحافظة صعدة', 'haydan', 'saada']] },
    { text: 'قتل 3 صيادين قبالة سواحل الخوخة جنوب الحديدة', places: [['الخوخة جنوب الحديدة', 'al-khawkhah', 'hodeidah']] },
    { text: 'انفجرت عبوة في حي كريتر بمدينة عدن', places: [['حي كريتر بمدينة عدن', 'crater', 'aden']] },
    // Mocha is a district of Taiz on the coast, not of Hodeidah.
    { text: 'قتل صياد بقذيفة سقطت على ميناء مدينة المخا', places: [['مدينة المخا', 'al-mukha', 'taiz']] },
    // A name of two letters is read only as written: «إب» is not «آب» (August) nor the end of «باب».
    { text: 'قتل 3 مدنيين في إب في الثالث من آب', places: [['إب', 'ibb', 'ibb']] },
    { text: 'انفجرت عبوة قرب باب اليمن', places: [['اليمن', 'yemen', null]] },
  ],
  iraq: [
    { text: 'قتل 5 أشخاص بتفجير في مدينة الصدر شرقي بغداد', places: [['مدينة الصدر شرقي بغداد', 'sadr-city', 'baghdad']] },
    { text: 'هجوم لداعش على قرية في قضاء المقدادية بمحافظة ديالى', places: [['قضاء المقدادية بمحافظة ديالى', 'muqdadiya', 'diyala']] },
    { text: 'قصف تركي على قضاء سنجار غرب نينوى', places: [['قضاء سنجار غرب نينوى', 'sinjar', 'nineveh']] },
    { text: 'سقطت قذائف على قضاء طوزخورماتو شرقي محافظة صلاح الدين', places: [['قضاء طوزخورماتو شرقي محافظة صلاح الدين', 'tuz-khurmatu', 'salahuddin']] },
    { text: 'عثر على مقبرة جماعية في الأنبار', places: [['الأنبار', 'anbar-governorate', 'anbar']] },
  ],
  libya: [
    { text: 'اشتباكات عنيفة في منطقة القره بوللي شرق طرابلس', places: [['منطقة القره بوللي شرق طرابلس', 'garabulli', 'tripoli']] },
    { text: 'سقطت قذائف على بلدة مزدة جنوب غريان', places: [['بلدة مزدة جنوب غريان', 'mizda', 'gharyan']] },
    { text: 'قتل 3 مدنيين بقذائف على منطقة أبو سليم جنوب طرابلس', places: [['منطقة أبو سليم جنوب طرابلس', 'abu-salim', 'tripoli']] },
    { text: 'قتل طفل في حي الصابري وسط بنغازي', places: [['حي الصابري وسط بنغازي', 'al-sabri', 'benghazi']] },
    { text: 'غارة على قاعدة الوطية غرب ليبيا', places: [['قاعدة الوطية غرب ليبيا', 'al-watiya', 'zawiya']] },
    { text: 'قتل أربعة مدنيين بقذائف سقطت على منطقة سوق الخميس جنوبي طرابلس', places: [['منطقة سوق الخميس جنوبي طرابلس', 'souq-al-khamis', 'tripoli']] },
    { text: 'أصيب خمسة أشخاص في اشتباكات قرب معسكر اليرموك جنوب العاصمة طرابلس', places: [['معسكر اليرموك جنوب العاصمة طرابلس', 'yarmouk-camp', 'tripoli']] },
    { text: 'قتل مدنيان بقصف صاروخي على مدينة صرمان غرب الزاوية', places: [['مدينة صرمان غرب الزاوية', 'surman', 'zawiya']] },
  ],
  sudan: [
    { text: 'هجوم للدعم السريع على قرية ود راوة بولاية الجزيرة', places: [['قرية ود راوة بولاية الجزيرة', 'wad-rawa', 'al-jazirah']] },
    { text: 'نزوح آلاف من بلدة الطويشة في شمال دارفور', places: [['بلدة الطويشة في شمال دارفور', 'al-tawisha', 'north-darfur']] },
    { text: 'قتل 12 مدنيا بقصف مدفعي على سوق في مدينة أم درمان', places: [['مدينة أم درمان', 'omdurman', 'khartoum']] },
    { text: 'غارات على مدينة نيالا بجنوب دارفور', places: [['مدينة نيالا بجنوب دارفور', 'nyala', 'south-darfur']] },
    { text: 'قتل 5 في قرية ود النورة بولاية الجزيرة', places: [['قرية ود النورة بولاية الجزيرة', 'wad-al-noura', 'al-jazirah']] },
    { text: 'قتل 3 في حي الكلاكلة جنوبي الخرطوم', places: [['حي الكلاكلة جنوبي الخرطوم', 'al-kalakla', 'khartoum']] },
    // «الجزيرة» alone is a common word (an island, a channel): the state only after «ولاية».
    { text: 'نقلت قناة الجزيرة صورا من الفاشر', places: [['الفاشر', 'el-fasher', 'north-darfur']] },
    { text: 'قتل 20 قرويا في بلدة أم دم حاج أحمد بشمال كردفان', places: [['بلدة أم دم حاج أحمد بشمال كردفان', 'um-dam-haj-ahmed', 'north-kordofan']] },
    { text: 'سقطت مسيرة على حي الشرفة بمدينة الفاشر', places: [['حي الشرفة بمدينة الفاشر', 'al-shurfa', 'north-darfur']] },
    { text: 'سقطت قذائف على سوق صابرين في أم درمان', places: [['سوق صابرين في أم درمان', 'sabreen-market', 'khartoum']] },
    { text: 'استهدفت مسيرة محطة كهرباء في مدينة الدبة بالولاية الشمالية', places: [['مدينة الدبة بالولاية الشمالية', 'ed-debba', 'northern']] },
  ],
  palestine: [
    { text: 'استشهد 3 مواطنين في قصف على مدينة خانيونس', places: [['مدينة خانيونس', 'khan-younis', 'khan-younis']] },
    { text: 'استشهد 7 فلسطينيين في قصف على مخيم النصيرات وسط قطاع غزة', places: [['مخيم النصيرات وسط قطاع غزة', 'nuseirat', 'deir-al-balah']] },
    { text: 'قتل 3 في غارة على منزل في بيت لاهيا شمال القطاع', places: [['بيت لاهيا شمال القطاع', 'beit-lahia', 'north-gaza']] },
    { text: 'غارة على حي الشجاعية شرق مدينة غزة', places: [['حي الشجاعية شرق مدينة غزة', 'shujaiya', 'gaza']] },
    { text: 'استشهد شاب برصاص الاحتلال في بلدة قباطية جنوب جنين', places: [['بلدة قباطية جنوب جنين', 'qabatiya', 'jenin']] },
    { text: 'استشهد 4 فلسطينيين بقصف مدفعي شمالي قطاع غزة', places: [['شمالي قطاع غزة', 'north-gaza-governorate', 'north-gaza']] },
    { text: 'استشهد مواطنان في قصف على منزل في المعسكر الغربي بخان يونس', places: [['المعسكر الغربي بخان يونس', 'western-camp', 'khan-younis']] },
    { text: 'وصل شهيدان إلى المستشفى الكويتي في رفح', places: [['المستشفى الكويتي في رفح', 'kuwaiti-hospital', 'rafah']] },
    { text: 'أصيب شاب برصاص الاحتلال قرب حاجز الجلمة شمال جنين', places: [['حاجز الجلمة شمال جنين', 'jalama', 'jenin']] },
    { text: 'هاجم مستوطنون بلدة سنجل شمال رام الله', places: [['بلدة سنجل شمال رام الله', 'sinjil', 'ramallah']] },
    { text: 'اقتحمت قوات الاحتلال مخيم عقبة جبر جنوب أريحا', places: [['مخيم عقبة جبر جنوب أريحا', 'aqabat-jabr', 'jericho']] },
    { text: 'انتشلت طواقم الدفاع المدني 9 شهداء في مخيم المغازي بالمحافظة الوسطى', places: [['مخيم المغازي بالمحافظة الوسطى', 'maghazi', 'deir-al-balah']] },
  ],
  lebanon: [
    { text: 'غارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان', places: [['بلدة عيتا الشعب في جنوب لبنان', 'aita-al-shaab', 'nabatieh']] },
    { text: 'غارة على مدينة صور جنوب لبنان', places: [['مدينة صور جنوب لبنان', 'tyre', 'south-lebanon']] },
    // The Bint Jbeil and Marjayoun districts are in Nabatieh governorate, Tyre's villages in the South.
    { text: 'استشهد شاب بغارة على بلدة تبنين', places: [['بلدة تبنين', 'tebnine', 'nabatieh']] },
    { text: 'أصيب مواطن بقصف على بلدة مجدل سلم', places: [['بلدة مجدل سلم', 'majdal-selm', 'nabatieh']] },
    { text: 'غارة على بلدة مجدل زون', places: [['بلدة مجدل زون', 'majdal-zoun', 'south-lebanon']] },
    { text: 'غارة على بلدة الخيام في قضاء مرجعيون', places: [['بلدة الخيام في قضاء مرجعيون', 'khiam', 'nabatieh']] },
    { text: 'قتل 3 في غارة على حارة حريك في الضاحية الجنوبية لبيروت', places: [['حارة حريك في الضاحية الجنوبية لبيروت', 'haret-hreik', 'beirut']] },
    { text: 'قصف على مدينة بعلبك في البقاع', places: [['مدينة بعلبك في البقاع', 'baalbek', 'baalbek-hermel']] },
  ],
  somalia: [
    { text: 'انفجار في مدينة كسمايو', places: [['مدينة كسمايو', 'kismayo', 'lower-juba']] },
    { text: 'قتل 8 أشخاص في انفجار سيارة مفخخة في حي هودن بالعاصمة مقديشو', places: [['حي هودن بالعاصمة مقديشو', 'hodan', 'banadir']] },
    { text: 'هجوم لحركة الشباب على قاعدة في مدينة بلدوين بإقليم هيران', places: [['مدينة بلدوين بإقليم هيران', 'beledweyne', 'hiran']] },
    { text: 'انفجار في مدينة جالكعيو وسط الصومال', places: [['مدينة جالكعيو وسط الصومال', 'galkayo', 'mudug']] },
    { text: 'غارة أمريكية قرب مدينة جلب في إقليم جوبا الوسطى', places: [['مدينة جلب في إقليم جوبا الوسطى', 'jilib', 'middle-juba']] },
    { text: 'كمين للخوارج قرب بلدة بولو بوردي في إقليم هيران', places: [['بلدة بولو بوردي في إقليم هيران', 'bulobarde', 'hiran']] },
    { text: 'هاجم مسلحون قاعدة عسكرية في بلدة عيل برف بإقليم شبيلي الوسطى', places: [['بلدة عيل برف بإقليم شبيلي الوسطى', 'el-baraf', 'middle-shabelle']] },
    { text: 'اشتباكات في منطقة دار النعام بإقليم شبيلي الوسطى', places: [['منطقة دار النعام بإقليم شبيلي الوسطى', 'daru-nicmo', 'middle-shabelle']] },
  ],
};
