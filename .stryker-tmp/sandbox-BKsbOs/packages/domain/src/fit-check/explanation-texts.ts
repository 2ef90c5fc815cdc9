// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { MatchCategory } from './classify.js';

/** Our own Indonesian copy per category; `{name}` is the profession. Fixed per category by design. */
interface CategoryCopy {
  readonly meaning: (name: string) => string;
  readonly implication: string;
  readonly nextSteps: (name: string) => readonly [string, string, string];
}
export const CATEGORY_COPY: Readonly<Record<MatchCategory, CategoryCopy>> = stryMutAct_9fa48("114") ? {} : (stryCov_9fa48("114"), {
  HIGH: stryMutAct_9fa48("115") ? {} : (stryCov_9fa48("115"), {
    meaning: stryMutAct_9fa48("116") ? () => undefined : (stryCov_9fa48("116"), name => (stryMutAct_9fa48("117") ? `` : (stryCov_9fa48("117"), `Minat kamu dan karakter profesi ${name} bertemu di titik yang sama: hal yang paling kamu nikmati `)) + (stryMutAct_9fa48("118") ? "" : (stryCov_9fa48("118"), 'adalah inti dari pekerjaan ini.'))),
    implication: stryMutAct_9fa48("119") ? "" : (stryCov_9fa48("119"), 'Profesi ini layak kamu jadikan prioritas utama saat menyusun langkah karier berikutnya.'),
    nextSteps: stryMutAct_9fa48("120") ? () => undefined : (stryCov_9fa48("120"), name => stryMutAct_9fa48("121") ? [] : (stryCov_9fa48("121"), [stryMutAct_9fa48("122") ? `` : (stryCov_9fa48("122"), `Perdalam kompetensi inti yang paling sering dipakai seorang ${name}.`), stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), 'Kumpulkan pengalaman nyata lewat proyek, magang, atau portofolio yang bisa kamu tunjukkan.'), stryMutAct_9fa48("124") ? "" : (stryCov_9fa48("124"), 'Tulis rencana pengembangan diri dengan target yang jelas untuk beberapa bulan ke depan.')]))
  }),
  MEDIUM: stryMutAct_9fa48("125") ? {} : (stryCov_9fa48("125"), {
    meaning: stryMutAct_9fa48("126") ? () => undefined : (stryCov_9fa48("126"), name => (stryMutAct_9fa48("127") ? `` : (stryCov_9fa48("127"), `Sebagian minat kamu cocok dengan profesi ${name}, tetapi ada bagian pekerjaannya yang menuntut `)) + (stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), 'minat yang berbeda dari milikmu.'))),
    implication: stryMutAct_9fa48("129") ? "" : (stryCov_9fa48("129"), 'Profesi ini tetap realistis untuk kamu kejar, asalkan kamu siap beradaptasi di bagian yang kurang sejalan.'),
    nextSteps: stryMutAct_9fa48("130") ? () => undefined : (stryCov_9fa48("130"), name => stryMutAct_9fa48("131") ? [] : (stryCov_9fa48("131"), [stryMutAct_9fa48("132") ? `` : (stryCov_9fa48("132"), `Cari tahu bagian mana dari pekerjaan ${name} yang paling jauh dari minat kamu.`), stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), 'Rancang cara beradaptasi, misalnya lewat pelatihan singkat atau mencoba tugas serupa lebih dulu.'), stryMutAct_9fa48("134") ? "" : (stryCov_9fa48("134"), 'Bandingkan dengan profesi lain yang lebih dekat dengan kode minat kamu sebelum memutuskan.')]))
  }),
  LOW: stryMutAct_9fa48("135") ? {} : (stryCov_9fa48("135"), {
    meaning: stryMutAct_9fa48("136") ? () => undefined : (stryCov_9fa48("136"), name => stryMutAct_9fa48("137") ? `` : (stryCov_9fa48("137"), `Minat utama kamu cukup jauh dari karakter yang biasanya dibutuhkan profesi ${name}.`)),
    implication: stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), 'Kamu tetap bisa menempuh profesi ini, tetapi perlu penyesuaian yang lebih besar dan usaha ekstra agar betah.'),
    nextSteps: stryMutAct_9fa48("139") ? () => undefined : (stryCov_9fa48("139"), name => stryMutAct_9fa48("140") ? [] : (stryCov_9fa48("140"), [stryMutAct_9fa48("141") ? `` : (stryCov_9fa48("141"), `Renungkan lagi apa yang membuat profesi ${name} menarik buat kamu.`), stryMutAct_9fa48("142") ? "" : (stryCov_9fa48("142"), 'Jelajahi profesi lain yang lebih selaras dengan kode minat kamu sebagai pembanding.'), stryMutAct_9fa48("143") ? "" : (stryCov_9fa48("143"), 'Kalau tetap ingin lanjut, siapkan strategi adaptasi yang lebih intensif, misalnya mentor dan target belajar bertahap.')]))
  })
});