// @ts-nocheck
// Generated from ReviewSchema by zod's compiler (test/shared/review/reviewParserSource.ts); do not edit.
// `npx vitest run --project shared test/shared/review/reviewParser.test.ts -u` writes it again.
import { $ZodAsyncError, INVALID, util } from 'zod/v4/core';
import { reviewRefinements } from './schema';

const c0 = new Set(["equal","insert","delete"]);
const c1 = util.codePointLength;
const c2 = new Set(["from","to"]);
const c3 = reviewRefinements.changeHasAuthor;
const c4 = () => { throw new $ZodAsyncError(); };
const c5 = reviewRefinements.moveMatchesKind;
const c6 = reviewRefinements.pieceInOrder;
const c7 = /^[0-9a-f]{8}$/u;
const c8 = new Set(["de","en"]);
const c9 = new Set(["customer","provider"]);
const c10 = new Set(["block","table","definition","voice","text"]);
const c11 = new Set(["numbered","paragraph","bullet"]);
const c12 = new Set(["provider","customer","shared","unstated"]);
const c13 = new Set(["auto","reviewer"]);
const c14 = new Set(["lead-in","service","category","annex","title","contract"]);
const c15 = new Set(["provider","customer"]);
const c16 = new Set(["duty","option","none"]);
const c17 = new Set(["front","heading","table","text","header","footer","footnote","endnote","text-box"]);
const c18 = new Set(["internal","external"]);
const c19 = new Set(["open","agreed","disputed","needs-change"]);
const c20 = new Set(["insert","delete"]);
const c21 = new Set(["template","text","markdown","docx","review"]);
const c22 = /^[A-Za-z0-9+/]*={0,2}$/u;
const c23 = reviewRefinements.packageLengthFits;
const c24 = new Set(["clause","tom","party","date"]);
const c25 = new Set(["accept","reject"]);
const c26 = new Set(["insert","delete"]);
const c27 = new Set(["override","reset"]);
const c28 = new Set(["covered","weak","missing"]);

/** The review file's content as `ReviewSchema` parses it, or `INVALID` where the schema's own parse must say what is wrong. */
export function compiledReviewParse(input) {
if (typeof input !== "object" || input === null || Array.isArray(input)) return INVALID;
const v0 = input["format"];
if (v0 !== "clausemark") return INVALID;
const v1 = input["version"];
if (v1 !== 3) return INVALID;
const v2 = input["contract"];
if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return INVALID;
const v3 = v2["title"];
if (typeof v3 !== "string") return INVALID;
const v4 = v2["reading"];
let v5 = (() => {
  let v6;
  if (v4 !== undefined) {
    if (v4 !== "outline") return INVALID;
    v6 = v4;
  }
  return v6;
})();
if (v5 === INVALID) {
  if ("reading" in v2) return INVALID;
  v5 = undefined;
}
const v7 = v2["date"];
let v8 = null;
if (v7 !== null) {
  if (typeof v7 !== "string") return INVALID;
  v8 = v7;
}
const v9 = v2["dateSegments"];
let v10 = (() => {
  let v11;
  if (v9 !== undefined) {
    if (!Array.isArray(v9)) return INVALID;
    if (v9.length > 5000000) return INVALID;
    const v12 = new Array(v9.length);
    for (let v13 = 0; v13 < v9.length; v13++) {
      const v14 = v9[v13];
      if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) return INVALID;
      const v15 = v14["kind"];
      if (!c0.has(v15)) return INVALID;
      const v16 = v14["text"];
      if (typeof v16 !== "string") return INVALID;
      const v17 = v14["author"];
      let v18 = (() => {
        let v19;
        if (v17 !== undefined) {
          if (typeof v17 !== "string") return INVALID;
          v19 = v17;
        }
        return v19;
      })();
      if (v18 === INVALID) {
        if ("author" in v14) return INVALID;
        v18 = undefined;
      }
      const v20 = v14["date"];
      let v21 = (() => {
        let v22;
        if (v20 !== undefined) {
          if (typeof v20 !== "string") return INVALID;
          const v23 = typeof v20 === "string" && v20.length > 64 ? c1(v20) : v20.length;
          if (v23 > 64) return INVALID;
          v22 = v20;
        }
        return v22;
      })();
      if (v21 === INVALID) {
        if ("date" in v14) return INVALID;
        v21 = undefined;
      }
      const v24 = v14["id"];
      let v25 = (() => {
        let v26;
        if (v24 !== undefined) {
          if (typeof v24 !== "string") return INVALID;
          const v27 = typeof v24 === "string" && v24.length >= 1 && v24.length < 2 ? c1(v24) : v24.length;
          if (v27 < 1) return INVALID;
          const v28 = typeof v24 === "string" && v24.length > 200 ? c1(v24) : v24.length;
          if (v28 > 200) return INVALID;
          v26 = v24;
        }
        return v26;
      })();
      if (v25 === INVALID) {
        if ("id" in v14) return INVALID;
        v25 = undefined;
      }
      const v29 = v14["move"];
      let v30 = (() => {
        let v31;
        if (v29 !== undefined) {
          if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) return INVALID;
          const v32 = v29["name"];
          if (typeof v32 !== "string") return INVALID;
          const v33 = typeof v32 === "string" && v32.length >= 1 && v32.length < 2 ? c1(v32) : v32.length;
          if (v33 < 1) return INVALID;
          const v34 = typeof v32 === "string" && v32.length > 200 ? c1(v32) : v32.length;
          if (v34 > 200) return INVALID;
          const v35 = v29["side"];
          if (!c2.has(v35)) return INVALID;
          for (const k in v29) {
            if (k !== "name" && k !== "side") return INVALID;
          }
          const v36 = { "name": v32, "side": v35 };
          v31 = v36;
        }
        return v31;
      })();
      if (v30 === INVALID) {
        if ("move" in v14) return INVALID;
        v30 = undefined;
      }
      for (const k in v14) {
        if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
      }
      const v37 = {};
      v37["kind"] = v15;
      v37["text"] = v16;
      if ("author" in v14) v37["author"] = v18;
      if ("date" in v14) v37["date"] = v21;
      if ("id" in v14) v37["id"] = v25;
      if ("move" in v14) v37["move"] = v30;
      const v38 = c3(v37);
      if (v38 instanceof Promise) c4();
      if (!v38) return INVALID;
      const v39 = c5(v37);
      if (v39 instanceof Promise) c4();
      if (!v39) return INVALID;
      v12[v13] = v37;
    }
    const v40 = typeof v12 === "string" && v12.length > 5000000 ? c1(v12) : v12.length;
    if (v40 > 5000000) return INVALID;
    v11 = v12;
  }
  return v11;
})();
if (v10 === INVALID) {
  if ("dateSegments" in v2) return INVALID;
  v10 = undefined;
}
const v41 = v2["dateOrigin"];
let v42 = (() => {
  let v43;
  if (v41 !== undefined) {
    if (typeof v41 !== "object" || v41 === null || Array.isArray(v41)) return INVALID;
    const v44 = v41["pieces"];
    if (!Array.isArray(v44)) return INVALID;
    if (v44.length > 5000000) return INVALID;
    const v45 = new Array(v44.length);
    for (let v46 = 0; v46 < v44.length; v46++) {
      const v47 = v44[v46];
      let v48;
      v48 = (() => {
        if (typeof v47 !== "object" || v47 === null || Array.isArray(v47)) return INVALID;
        const v49 = v47["paragraph"];
        if (typeof v49 !== "number" || !Number.isFinite(v49)) return INVALID;
        if (!Number.isSafeInteger(v49)) return INVALID;
        if (v49 < 0) return INVALID;
        const v50 = v47["from"];
        if (typeof v50 !== "number" || !Number.isFinite(v50)) return INVALID;
        if (!Number.isSafeInteger(v50)) return INVALID;
        if (v50 < 0) return INVALID;
        const v51 = v47["to"];
        if (typeof v51 !== "number" || !Number.isFinite(v51)) return INVALID;
        if (!Number.isSafeInteger(v51)) return INVALID;
        if (v51 < 0) return INVALID;
        for (const k in v47) {
          if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
        }
        const v52 = { "paragraph": v49, "from": v50, "to": v51 };
        const v53 = c6(v52);
        if (v53 instanceof Promise) c4();
        if (!v53) return INVALID;
        return v52;
      })();
      if (v48 === INVALID) v48 = (() => {
        if (typeof v47 !== "object" || v47 === null || Array.isArray(v47)) return INVALID;
        const v54 = v47["text"];
        if (typeof v54 !== "string") return INVALID;
        for (const k in v47) {
          if (k !== "text") return INVALID;
        }
        const v55 = { "text": v54 };
        return v55;
      })();
      if (v48 === INVALID) return INVALID;
      v45[v46] = v48;
    }
    const v56 = typeof v45 === "string" && v45.length > 5000000 ? c1(v45) : v45.length;
    if (v56 > 5000000) return INVALID;
    const v57 = v41["check"];
    if (typeof v57 !== "string") return INVALID;
    c7.lastIndex = 0;
    if (!c7.test(v57)) return INVALID;
    const v58 = v41["settled"];
    let v59 = (() => {
      let v60;
      if (v58 !== undefined) {
        if (!Array.isArray(v58)) return INVALID;
        if (v58.length > 5000000) return INVALID;
        const v61 = new Array(v58.length);
        for (let v62 = 0; v62 < v58.length; v62++) {
          const v63 = v58[v62];
          if (typeof v63 !== "string") return INVALID;
          const v64 = typeof v63 === "string" && v63.length >= 1 && v63.length < 2 ? c1(v63) : v63.length;
          if (v64 < 1) return INVALID;
          const v65 = typeof v63 === "string" && v63.length > 200 ? c1(v63) : v63.length;
          if (v65 > 200) return INVALID;
          v61[v62] = v63;
        }
        const v66 = typeof v61 === "string" && v61.length > 5000000 ? c1(v61) : v61.length;
        if (v66 > 5000000) return INVALID;
        v60 = v61;
      }
      return v60;
    })();
    if (v59 === INVALID) {
      if ("settled" in v41) return INVALID;
      v59 = undefined;
    }
    const v67 = v41["held"];
    let v68 = (() => {
      let v69;
      if (v67 !== undefined) {
        if (!Array.isArray(v67)) return INVALID;
        if (v67.length > 5000000) return INVALID;
        const v70 = new Array(v67.length);
        for (let v71 = 0; v71 < v67.length; v71++) {
          const v72 = v67[v71];
          if (typeof v72 !== "string") return INVALID;
          const v73 = typeof v72 === "string" && v72.length >= 1 && v72.length < 2 ? c1(v72) : v72.length;
          if (v73 < 1) return INVALID;
          const v74 = typeof v72 === "string" && v72.length > 200 ? c1(v72) : v72.length;
          if (v74 > 200) return INVALID;
          v70[v71] = v72;
        }
        const v75 = typeof v70 === "string" && v70.length > 5000000 ? c1(v70) : v70.length;
        if (v75 > 5000000) return INVALID;
        v69 = v70;
      }
      return v69;
    })();
    if (v68 === INVALID) {
      if ("held" in v41) return INVALID;
      v68 = undefined;
    }
    for (const k in v41) {
      if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
    }
    const v76 = {};
    v76["pieces"] = v45;
    v76["check"] = v57;
    if ("settled" in v41) v76["settled"] = v59;
    if ("held" in v41) v76["held"] = v68;
    v43 = v76;
  }
  return v43;
})();
if (v42 === INVALID) {
  if ("dateOrigin" in v2) return INVALID;
  v42 = undefined;
}
const v77 = v2["language"];
if (!c8.has(v77)) return INVALID;
const v78 = v2["parties"];
if (!Array.isArray(v78)) return INVALID;
if (v78.length > 5000000) return INVALID;
const v79 = new Array(v78.length);
for (let v80 = 0; v80 < v78.length; v80++) {
  const v81 = v78[v80];
  if (typeof v81 !== "object" || v81 === null || Array.isArray(v81)) return INVALID;
  const v82 = v81["role"];
  if (!c9.has(v82)) return INVALID;
  const v83 = v81["name"];
  if (typeof v83 !== "string") return INVALID;
  const v84 = v81["address"];
  if (!Array.isArray(v84)) return INVALID;
  if (v84.length > 5000000) return INVALID;
  const v85 = new Array(v84.length);
  for (let v86 = 0; v86 < v84.length; v86++) {
    const v87 = v84[v86];
    if (typeof v87 !== "string") return INVALID;
    v85[v86] = v87;
  }
  const v88 = typeof v85 === "string" && v85.length > 5000000 ? c1(v85) : v85.length;
  if (v88 > 5000000) return INVALID;
  const v89 = v81["roleLabel"];
  if (typeof v89 !== "string") return INVALID;
  const v90 = v81["roleLine"];
  if (typeof v90 !== "string") return INVALID;
  const v91 = v81["segments"];
  let v92 = (() => {
    let v93;
    if (v91 !== undefined) {
      if (!Array.isArray(v91)) return INVALID;
      if (v91.length > 5000000) return INVALID;
      const v94 = new Array(v91.length);
      for (let v95 = 0; v95 < v91.length; v95++) {
        const v96 = v91[v95];
        if (typeof v96 !== "object" || v96 === null || Array.isArray(v96)) return INVALID;
        const v97 = v96["kind"];
        if (!c0.has(v97)) return INVALID;
        const v98 = v96["text"];
        if (typeof v98 !== "string") return INVALID;
        const v99 = v96["author"];
        let v100 = (() => {
          let v101;
          if (v99 !== undefined) {
            if (typeof v99 !== "string") return INVALID;
            v101 = v99;
          }
          return v101;
        })();
        if (v100 === INVALID) {
          if ("author" in v96) return INVALID;
          v100 = undefined;
        }
        const v102 = v96["date"];
        let v103 = (() => {
          let v104;
          if (v102 !== undefined) {
            if (typeof v102 !== "string") return INVALID;
            const v105 = typeof v102 === "string" && v102.length > 64 ? c1(v102) : v102.length;
            if (v105 > 64) return INVALID;
            v104 = v102;
          }
          return v104;
        })();
        if (v103 === INVALID) {
          if ("date" in v96) return INVALID;
          v103 = undefined;
        }
        const v106 = v96["id"];
        let v107 = (() => {
          let v108;
          if (v106 !== undefined) {
            if (typeof v106 !== "string") return INVALID;
            const v109 = typeof v106 === "string" && v106.length >= 1 && v106.length < 2 ? c1(v106) : v106.length;
            if (v109 < 1) return INVALID;
            const v110 = typeof v106 === "string" && v106.length > 200 ? c1(v106) : v106.length;
            if (v110 > 200) return INVALID;
            v108 = v106;
          }
          return v108;
        })();
        if (v107 === INVALID) {
          if ("id" in v96) return INVALID;
          v107 = undefined;
        }
        const v111 = v96["move"];
        let v112 = (() => {
          let v113;
          if (v111 !== undefined) {
            if (typeof v111 !== "object" || v111 === null || Array.isArray(v111)) return INVALID;
            const v114 = v111["name"];
            if (typeof v114 !== "string") return INVALID;
            const v115 = typeof v114 === "string" && v114.length >= 1 && v114.length < 2 ? c1(v114) : v114.length;
            if (v115 < 1) return INVALID;
            const v116 = typeof v114 === "string" && v114.length > 200 ? c1(v114) : v114.length;
            if (v116 > 200) return INVALID;
            const v117 = v111["side"];
            if (!c2.has(v117)) return INVALID;
            for (const k in v111) {
              if (k !== "name" && k !== "side") return INVALID;
            }
            const v118 = { "name": v114, "side": v117 };
            v113 = v118;
          }
          return v113;
        })();
        if (v112 === INVALID) {
          if ("move" in v96) return INVALID;
          v112 = undefined;
        }
        for (const k in v96) {
          if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
        }
        const v119 = {};
        v119["kind"] = v97;
        v119["text"] = v98;
        if ("author" in v96) v119["author"] = v100;
        if ("date" in v96) v119["date"] = v103;
        if ("id" in v96) v119["id"] = v107;
        if ("move" in v96) v119["move"] = v112;
        const v120 = c3(v119);
        if (v120 instanceof Promise) c4();
        if (!v120) return INVALID;
        const v121 = c5(v119);
        if (v121 instanceof Promise) c4();
        if (!v121) return INVALID;
        v94[v95] = v119;
      }
      const v122 = typeof v94 === "string" && v94.length > 5000000 ? c1(v94) : v94.length;
      if (v122 > 5000000) return INVALID;
      v93 = v94;
    }
    return v93;
  })();
  if (v92 === INVALID) {
    if ("segments" in v81) return INVALID;
    v92 = undefined;
  }
  const v123 = v81["origin"];
  let v124 = (() => {
    let v125;
    if (v123 !== undefined) {
      if (typeof v123 !== "object" || v123 === null || Array.isArray(v123)) return INVALID;
      const v126 = v123["pieces"];
      if (!Array.isArray(v126)) return INVALID;
      if (v126.length > 5000000) return INVALID;
      const v127 = new Array(v126.length);
      for (let v128 = 0; v128 < v126.length; v128++) {
        const v129 = v126[v128];
        let v130;
        v130 = (() => {
          if (typeof v129 !== "object" || v129 === null || Array.isArray(v129)) return INVALID;
          const v131 = v129["paragraph"];
          if (typeof v131 !== "number" || !Number.isFinite(v131)) return INVALID;
          if (!Number.isSafeInteger(v131)) return INVALID;
          if (v131 < 0) return INVALID;
          const v132 = v129["from"];
          if (typeof v132 !== "number" || !Number.isFinite(v132)) return INVALID;
          if (!Number.isSafeInteger(v132)) return INVALID;
          if (v132 < 0) return INVALID;
          const v133 = v129["to"];
          if (typeof v133 !== "number" || !Number.isFinite(v133)) return INVALID;
          if (!Number.isSafeInteger(v133)) return INVALID;
          if (v133 < 0) return INVALID;
          for (const k in v129) {
            if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
          }
          const v134 = { "paragraph": v131, "from": v132, "to": v133 };
          const v135 = c6(v134);
          if (v135 instanceof Promise) c4();
          if (!v135) return INVALID;
          return v134;
        })();
        if (v130 === INVALID) v130 = (() => {
          if (typeof v129 !== "object" || v129 === null || Array.isArray(v129)) return INVALID;
          const v136 = v129["text"];
          if (typeof v136 !== "string") return INVALID;
          for (const k in v129) {
            if (k !== "text") return INVALID;
          }
          const v137 = { "text": v136 };
          return v137;
        })();
        if (v130 === INVALID) return INVALID;
        v127[v128] = v130;
      }
      const v138 = typeof v127 === "string" && v127.length > 5000000 ? c1(v127) : v127.length;
      if (v138 > 5000000) return INVALID;
      const v139 = v123["check"];
      if (typeof v139 !== "string") return INVALID;
      c7.lastIndex = 0;
      if (!c7.test(v139)) return INVALID;
      const v140 = v123["settled"];
      let v141 = (() => {
        let v142;
        if (v140 !== undefined) {
          if (!Array.isArray(v140)) return INVALID;
          if (v140.length > 5000000) return INVALID;
          const v143 = new Array(v140.length);
          for (let v144 = 0; v144 < v140.length; v144++) {
            const v145 = v140[v144];
            if (typeof v145 !== "string") return INVALID;
            const v146 = typeof v145 === "string" && v145.length >= 1 && v145.length < 2 ? c1(v145) : v145.length;
            if (v146 < 1) return INVALID;
            const v147 = typeof v145 === "string" && v145.length > 200 ? c1(v145) : v145.length;
            if (v147 > 200) return INVALID;
            v143[v144] = v145;
          }
          const v148 = typeof v143 === "string" && v143.length > 5000000 ? c1(v143) : v143.length;
          if (v148 > 5000000) return INVALID;
          v142 = v143;
        }
        return v142;
      })();
      if (v141 === INVALID) {
        if ("settled" in v123) return INVALID;
        v141 = undefined;
      }
      const v149 = v123["held"];
      let v150 = (() => {
        let v151;
        if (v149 !== undefined) {
          if (!Array.isArray(v149)) return INVALID;
          if (v149.length > 5000000) return INVALID;
          const v152 = new Array(v149.length);
          for (let v153 = 0; v153 < v149.length; v153++) {
            const v154 = v149[v153];
            if (typeof v154 !== "string") return INVALID;
            const v155 = typeof v154 === "string" && v154.length >= 1 && v154.length < 2 ? c1(v154) : v154.length;
            if (v155 < 1) return INVALID;
            const v156 = typeof v154 === "string" && v154.length > 200 ? c1(v154) : v154.length;
            if (v156 > 200) return INVALID;
            v152[v153] = v154;
          }
          const v157 = typeof v152 === "string" && v152.length > 5000000 ? c1(v152) : v152.length;
          if (v157 > 5000000) return INVALID;
          v151 = v152;
        }
        return v151;
      })();
      if (v150 === INVALID) {
        if ("held" in v123) return INVALID;
        v150 = undefined;
      }
      for (const k in v123) {
        if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
      }
      const v158 = {};
      v158["pieces"] = v127;
      v158["check"] = v139;
      if ("settled" in v123) v158["settled"] = v141;
      if ("held" in v123) v158["held"] = v150;
      v125 = v158;
    }
    return v125;
  })();
  if (v124 === INVALID) {
    if ("origin" in v81) return INVALID;
    v124 = undefined;
  }
  const v159 = v81["source"];
  let v160 = (() => {
    let v161;
    if (v159 !== undefined) {
      if (!c10.has(v159)) return INVALID;
      v161 = v159;
    }
    return v161;
  })();
  if (v160 === INVALID) {
    if ("source" in v81) return INVALID;
    v160 = undefined;
  }
  const v162 = v81["cue"];
  let v163 = (() => {
    let v164;
    if (v162 !== undefined) {
      if (typeof v162 !== "string") return INVALID;
      v164 = v162;
    }
    return v164;
  })();
  if (v163 === INVALID) {
    if ("cue" in v81) return INVALID;
    v163 = undefined;
  }
  const v165 = v81["terms"];
  let v166 = (() => {
    let v167;
    if (v165 !== undefined) {
      if (!Array.isArray(v165)) return INVALID;
      if (v165.length > 5000000) return INVALID;
      const v168 = new Array(v165.length);
      for (let v169 = 0; v169 < v165.length; v169++) {
        const v170 = v165[v169];
        if (typeof v170 !== "string") return INVALID;
        v168[v169] = v170;
      }
      const v171 = typeof v168 === "string" && v168.length > 5000000 ? c1(v168) : v168.length;
      if (v171 > 5000000) return INVALID;
      v167 = v168;
    }
    return v167;
  })();
  if (v166 === INVALID) {
    if ("terms" in v81) return INVALID;
    v166 = undefined;
  }
  const v172 = v81["heading"];
  let v173 = (() => {
    let v174;
    if (v172 !== undefined) {
      if (typeof v172 !== "string") return INVALID;
      v174 = v172;
    }
    return v174;
  })();
  if (v173 === INVALID) {
    if ("heading" in v81) return INVALID;
    v173 = undefined;
  }
  for (const k in v81) {
    if (k !== "role" && k !== "name" && k !== "address" && k !== "roleLabel" && k !== "roleLine" && k !== "segments" && k !== "origin" && k !== "source" && k !== "cue" && k !== "terms" && k !== "heading") return INVALID;
  }
  const v175 = {};
  v175["role"] = v82;
  v175["name"] = v83;
  v175["address"] = v85;
  v175["roleLabel"] = v89;
  v175["roleLine"] = v90;
  if ("segments" in v81) v175["segments"] = v92;
  if ("origin" in v81) v175["origin"] = v124;
  if ("source" in v81) v175["source"] = v160;
  if ("cue" in v81) v175["cue"] = v163;
  if ("terms" in v81) v175["terms"] = v166;
  if ("heading" in v81) v175["heading"] = v173;
  v79[v80] = v175;
}
const v176 = typeof v79 === "string" && v79.length > 5000000 ? c1(v79) : v79.length;
if (v176 > 5000000) return INVALID;
const v177 = v2["preamble"];
if (!Array.isArray(v177)) return INVALID;
if (v177.length > 5000000) return INVALID;
const v178 = new Array(v177.length);
for (let v179 = 0; v179 < v177.length; v179++) {
  const v180 = v177[v179];
  if (typeof v180 !== "string") return INVALID;
  v178[v179] = v180;
}
const v181 = typeof v178 === "string" && v178.length > 5000000 ? c1(v178) : v178.length;
if (v181 > 5000000) return INVALID;
const v182 = v2["sections"];
if (!Array.isArray(v182)) return INVALID;
if (v182.length > 5000000) return INVALID;
const v183 = new Array(v182.length);
for (let v184 = 0; v184 < v182.length; v184++) {
  const v185 = v182[v184];
  if (typeof v185 !== "object" || v185 === null || Array.isArray(v185)) return INVALID;
  const v186 = v185["id"];
  if (typeof v186 !== "string") return INVALID;
  const v187 = typeof v186 === "string" && v186.length >= 1 && v186.length < 2 ? c1(v186) : v186.length;
  if (v187 < 1) return INVALID;
  const v188 = typeof v186 === "string" && v186.length > 200 ? c1(v186) : v186.length;
  if (v188 > 200) return INVALID;
  const v189 = v185["number"];
  if (typeof v189 !== "string") return INVALID;
  const v190 = v185["label"];
  if (typeof v190 !== "string") return INVALID;
  const v191 = v185["title"];
  if (typeof v191 !== "string") return INVALID;
  const v192 = v185["parts"];
  if (!Array.isArray(v192)) return INVALID;
  if (v192.length > 5000000) return INVALID;
  const v193 = new Array(v192.length);
  for (let v194 = 0; v194 < v192.length; v194++) {
    const v195 = v192[v194];
    if (typeof v195 !== "string") return INVALID;
    v193[v194] = v195;
  }
  const v196 = typeof v193 === "string" && v193.length > 5000000 ? c1(v193) : v193.length;
  if (v196 > 5000000) return INVALID;
  const v197 = v185["clauses"];
  if (!Array.isArray(v197)) return INVALID;
  if (v197.length > 5000000) return INVALID;
  const v198 = new Array(v197.length);
  for (let v199 = 0; v199 < v197.length; v199++) {
    const v200 = v197[v199];
    if (typeof v200 !== "object" || v200 === null || Array.isArray(v200)) return INVALID;
    const v201 = v200["id"];
    if (typeof v201 !== "string") return INVALID;
    const v202 = typeof v201 === "string" && v201.length >= 1 && v201.length < 2 ? c1(v201) : v201.length;
    if (v202 < 1) return INVALID;
    const v203 = typeof v201 === "string" && v201.length > 200 ? c1(v201) : v201.length;
    if (v203 > 200) return INVALID;
    const v204 = v200["number"];
    let v205 = null;
    if (v204 !== null) {
      if (typeof v204 !== "string") return INVALID;
      v205 = v204;
    }
    const v206 = v200["label"];
    let v207 = null;
    if (v206 !== null) {
      if (typeof v206 !== "string") return INVALID;
      v207 = v206;
    }
    const v208 = v200["heading"];
    let v209 = null;
    if (v208 !== null) {
      if (typeof v208 !== "string") return INVALID;
      v209 = v208;
    }
    const v210 = v200["kind"];
    if (!c11.has(v210)) return INVALID;
    const v211 = v200["text"];
    if (typeof v211 !== "string") return INVALID;
    const v212 = v200["responsibility"];
    let v213 = (() => {
      let v214;
      if (v212 !== undefined) {
        if (typeof v212 !== "object" || v212 === null || Array.isArray(v212)) return INVALID;
        const v215 = v212["party"];
        if (!c12.has(v215)) return INVALID;
        const v216 = v212["cue"];
        let v217 = null;
        if (v216 !== null) {
          if (typeof v216 !== "string") return INVALID;
          v217 = v216;
        }
        const v218 = v212["source"];
        if (!c13.has(v218)) return INVALID;
        const v219 = v212["reason"];
        const v220 = v219?.["kind"];
        let v221;
        if (v220 === "cue") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v222 = v219["kind"];
          if (v222 !== "cue") return INVALID;
          const v223 = v219["cue"];
          if (typeof v223 !== "string") return INVALID;
          for (const k in v219) {
            if (k !== "kind" && k !== "cue") return INVALID;
          }
          const v224 = { "kind": v222, "cue": v223 };
          v221 = v224;
        }
        else if (v220 === "both") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v225 = v219["kind"];
          if (v225 !== "both") return INVALID;
          const v226 = v219["providerCue"];
          if (typeof v226 !== "string") return INVALID;
          const v227 = v219["customerCue"];
          if (typeof v227 !== "string") return INVALID;
          for (const k in v219) {
            if (k !== "kind" && k !== "providerCue" && k !== "customerCue") return INVALID;
          }
          const v228 = { "kind": v225, "providerCue": v226, "customerCue": v227 };
          v221 = v228;
        }
        else if (v220 === "frame") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v229 = v219["kind"];
          if (v229 !== "frame") return INVALID;
          const v230 = v219["frame"];
          if (typeof v230 !== "string") return INVALID;
          const v231 = v219["scope"];
          if (!c14.has(v231)) return INVALID;
          const v232 = v219["at"];
          let v233 = (() => {
            let v234;
            if (v232 !== undefined) {
              if (typeof v232 !== "string") return INVALID;
              v234 = v232;
            }
            return v234;
          })();
          if (v233 === INVALID) {
            if ("at" in v219) return INVALID;
            v233 = undefined;
          }
          const v235 = v219["conflict"];
          let v236 = (() => {
            let v237;
            if (v235 !== undefined) {
              if (typeof v235 !== "object" || v235 === null || Array.isArray(v235)) return INVALID;
              const v238 = v235["party"];
              if (!c15.has(v238)) return INVALID;
              const v239 = v235["frame"];
              if (typeof v239 !== "string") return INVALID;
              const v240 = v235["scope"];
              if (!c14.has(v240)) return INVALID;
              const v241 = v235["at"];
              let v242 = (() => {
                let v243;
                if (v241 !== undefined) {
                  if (typeof v241 !== "string") return INVALID;
                  v243 = v241;
                }
                return v243;
              })();
              if (v242 === INVALID) {
                if ("at" in v235) return INVALID;
                v242 = undefined;
              }
              for (const k in v235) {
                if (k !== "party" && k !== "frame" && k !== "scope" && k !== "at") return INVALID;
              }
              const v244 = {};
              v244["party"] = v238;
              v244["frame"] = v239;
              v244["scope"] = v240;
              if ("at" in v235) v244["at"] = v242;
              v237 = v244;
            }
            return v237;
          })();
          if (v236 === INVALID) {
            if ("conflict" in v219) return INVALID;
            v236 = undefined;
          }
          for (const k in v219) {
            if (k !== "kind" && k !== "frame" && k !== "scope" && k !== "at" && k !== "conflict") return INVALID;
          }
          const v245 = {};
          v245["kind"] = v229;
          v245["frame"] = v230;
          v245["scope"] = v231;
          if ("at" in v219) v245["at"] = v233;
          if ("conflict" in v219) v245["conflict"] = v236;
          v221 = v245;
        }
        else if (v220 === "option") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v246 = v219["kind"];
          if (v246 !== "option") return INVALID;
          const v247 = v219["cue"];
          if (typeof v247 !== "string") return INVALID;
          for (const k in v219) {
            if (k !== "kind" && k !== "cue") return INVALID;
          }
          const v248 = { "kind": v246, "cue": v247 };
          v221 = v248;
        }
        else if (v220 === "none") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v249 = v219["kind"];
          if (v249 !== "none") return INVALID;
          for (const k in v219) {
            if (k !== "kind") return INVALID;
          }
          const v250 = { "kind": v249 };
          v221 = v250;
        }
        else if (v220 === "reviewer") {
          if (typeof v219 !== "object" || v219 === null || Array.isArray(v219)) return INVALID;
          const v251 = v219["kind"];
          if (v251 !== "reviewer") return INVALID;
          const v252 = v219["note"];
          if (typeof v252 !== "string") return INVALID;
          const v253 = v219["by"];
          if (typeof v253 !== "string") return INVALID;
          const v254 = v219["at"];
          if (typeof v254 !== "string") return INVALID;
          const v255 = typeof v254 === "string" && v254.length > 64 ? c1(v254) : v254.length;
          if (v255 > 64) return INVALID;
          for (const k in v219) {
            if (k !== "kind" && k !== "note" && k !== "by" && k !== "at") return INVALID;
          }
          const v256 = { "kind": v251, "note": v252, "by": v253, "at": v254 };
          v221 = v256;
        }
        else { return INVALID; }
        const v257 = v212["cues"];
        if (!Array.isArray(v257)) return INVALID;
        if (v257.length > 5000000) return INVALID;
        const v258 = new Array(v257.length);
        for (let v259 = 0; v259 < v257.length; v259++) {
          const v260 = v257[v259];
          if (typeof v260 !== "object" || v260 === null || Array.isArray(v260)) return INVALID;
          const v261 = v260["text"];
          if (typeof v261 !== "string") return INVALID;
          const v262 = v260["start"];
          if (typeof v262 !== "number" || !Number.isFinite(v262)) return INVALID;
          if (!Number.isSafeInteger(v262)) return INVALID;
          if (v262 < 0) return INVALID;
          const v263 = v260["party"];
          if (!c12.has(v263)) return INVALID;
          for (const k in v260) {
            if (k !== "text" && k !== "start" && k !== "party") return INVALID;
          }
          const v264 = { "text": v261, "start": v262, "party": v263 };
          v258[v259] = v264;
        }
        const v265 = typeof v258 === "string" && v258.length > 5000000 ? c1(v258) : v258.length;
        if (v265 > 5000000) return INVALID;
        const v266 = v212["sentences"];
        if (!Array.isArray(v266)) return INVALID;
        if (v266.length > 5000000) return INVALID;
        const v267 = new Array(v266.length);
        for (let v268 = 0; v268 < v266.length; v268++) {
          const v269 = v266[v268];
          if (typeof v269 !== "object" || v269 === null || Array.isArray(v269)) return INVALID;
          const v270 = v269["start"];
          if (typeof v270 !== "number" || !Number.isFinite(v270)) return INVALID;
          if (!Number.isSafeInteger(v270)) return INVALID;
          if (v270 < 0) return INVALID;
          const v271 = v269["end"];
          if (typeof v271 !== "number" || !Number.isFinite(v271)) return INVALID;
          if (!Number.isSafeInteger(v271)) return INVALID;
          if (v271 < 0) return INVALID;
          const v272 = v269["party"];
          let v273 = null;
          if (v272 !== null) {
            if (!c12.has(v272)) return INVALID;
            v273 = v272;
          }
          const v274 = v269["force"];
          if (!c16.has(v274)) return INVALID;
          const v275 = v269["cues"];
          if (!Array.isArray(v275)) return INVALID;
          if (v275.length > 5000000) return INVALID;
          const v276 = new Array(v275.length);
          for (let v277 = 0; v277 < v275.length; v277++) {
            const v278 = v275[v277];
            if (typeof v278 !== "object" || v278 === null || Array.isArray(v278)) return INVALID;
            const v279 = v278["text"];
            if (typeof v279 !== "string") return INVALID;
            const v280 = v278["start"];
            if (typeof v280 !== "number" || !Number.isFinite(v280)) return INVALID;
            if (!Number.isSafeInteger(v280)) return INVALID;
            if (v280 < 0) return INVALID;
            const v281 = v278["party"];
            if (!c12.has(v281)) return INVALID;
            for (const k in v278) {
              if (k !== "text" && k !== "start" && k !== "party") return INVALID;
            }
            const v282 = { "text": v279, "start": v280, "party": v281 };
            v276[v277] = v282;
          }
          const v283 = typeof v276 === "string" && v276.length > 5000000 ? c1(v276) : v276.length;
          if (v283 > 5000000) return INVALID;
          for (const k in v269) {
            if (k !== "start" && k !== "end" && k !== "party" && k !== "force" && k !== "cues") return INVALID;
          }
          const v284 = { "start": v270, "end": v271, "party": v273, "force": v274, "cues": v276 };
          v267[v268] = v284;
        }
        const v285 = typeof v267 === "string" && v267.length > 5000000 ? c1(v267) : v267.length;
        if (v285 > 5000000) return INVALID;
        const v286 = v212["override"];
        let v287 = (() => {
          let v288;
          if (v286 !== undefined) {
            if (typeof v286 !== "object" || v286 === null || Array.isArray(v286)) return INVALID;
            const v289 = v286["from"];
            if (!c12.has(v289)) return INVALID;
            const v290 = v286["by"];
            if (typeof v290 !== "string") return INVALID;
            const v291 = v286["at"];
            if (typeof v291 !== "string") return INVALID;
            const v292 = typeof v291 === "string" && v291.length > 64 ? c1(v291) : v291.length;
            if (v292 > 64) return INVALID;
            const v293 = v286["note"];
            if (typeof v293 !== "string") return INVALID;
            for (const k in v286) {
              if (k !== "from" && k !== "by" && k !== "at" && k !== "note") return INVALID;
            }
            const v294 = { "from": v289, "by": v290, "at": v291, "note": v293 };
            v288 = v294;
          }
          return v288;
        })();
        if (v287 === INVALID) {
          if ("override" in v212) return INVALID;
          v287 = undefined;
        }
        for (const k in v212) {
          if (k !== "party" && k !== "cue" && k !== "source" && k !== "reason" && k !== "cues" && k !== "sentences" && k !== "override") return INVALID;
        }
        const v295 = {};
        v295["party"] = v215;
        v295["cue"] = v217;
        v295["source"] = v218;
        v295["reason"] = v221;
        v295["cues"] = v258;
        v295["sentences"] = v267;
        if ("override" in v212) v295["override"] = v287;
        v214 = v295;
      }
      return v214;
    })();
    if (v213 === INVALID) {
      if ("responsibility" in v200) return INVALID;
      v213 = undefined;
    }
    const v296 = v200["passage"];
    let v297 = (() => {
      let v298;
      if (v296 !== undefined) {
        if (!c17.has(v296)) return INVALID;
        v298 = v296;
      }
      return v298;
    })();
    if (v297 === INVALID) {
      if ("passage" in v200) return INVALID;
      v297 = undefined;
    }
    const v299 = v200["origin"];
    let v300 = (() => {
      let v301;
      if (v299 !== undefined) {
        if (typeof v299 !== "object" || v299 === null || Array.isArray(v299)) return INVALID;
        const v302 = v299["pieces"];
        if (!Array.isArray(v302)) return INVALID;
        if (v302.length > 5000000) return INVALID;
        const v303 = new Array(v302.length);
        for (let v304 = 0; v304 < v302.length; v304++) {
          const v305 = v302[v304];
          let v306;
          v306 = (() => {
            if (typeof v305 !== "object" || v305 === null || Array.isArray(v305)) return INVALID;
            const v307 = v305["paragraph"];
            if (typeof v307 !== "number" || !Number.isFinite(v307)) return INVALID;
            if (!Number.isSafeInteger(v307)) return INVALID;
            if (v307 < 0) return INVALID;
            const v308 = v305["from"];
            if (typeof v308 !== "number" || !Number.isFinite(v308)) return INVALID;
            if (!Number.isSafeInteger(v308)) return INVALID;
            if (v308 < 0) return INVALID;
            const v309 = v305["to"];
            if (typeof v309 !== "number" || !Number.isFinite(v309)) return INVALID;
            if (!Number.isSafeInteger(v309)) return INVALID;
            if (v309 < 0) return INVALID;
            for (const k in v305) {
              if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
            }
            const v310 = { "paragraph": v307, "from": v308, "to": v309 };
            const v311 = c6(v310);
            if (v311 instanceof Promise) c4();
            if (!v311) return INVALID;
            return v310;
          })();
          if (v306 === INVALID) v306 = (() => {
            if (typeof v305 !== "object" || v305 === null || Array.isArray(v305)) return INVALID;
            const v312 = v305["text"];
            if (typeof v312 !== "string") return INVALID;
            for (const k in v305) {
              if (k !== "text") return INVALID;
            }
            const v313 = { "text": v312 };
            return v313;
          })();
          if (v306 === INVALID) return INVALID;
          v303[v304] = v306;
        }
        const v314 = typeof v303 === "string" && v303.length > 5000000 ? c1(v303) : v303.length;
        if (v314 > 5000000) return INVALID;
        const v315 = v299["check"];
        if (typeof v315 !== "string") return INVALID;
        c7.lastIndex = 0;
        if (!c7.test(v315)) return INVALID;
        const v316 = v299["settled"];
        let v317 = (() => {
          let v318;
          if (v316 !== undefined) {
            if (!Array.isArray(v316)) return INVALID;
            if (v316.length > 5000000) return INVALID;
            const v319 = new Array(v316.length);
            for (let v320 = 0; v320 < v316.length; v320++) {
              const v321 = v316[v320];
              if (typeof v321 !== "string") return INVALID;
              const v322 = typeof v321 === "string" && v321.length >= 1 && v321.length < 2 ? c1(v321) : v321.length;
              if (v322 < 1) return INVALID;
              const v323 = typeof v321 === "string" && v321.length > 200 ? c1(v321) : v321.length;
              if (v323 > 200) return INVALID;
              v319[v320] = v321;
            }
            const v324 = typeof v319 === "string" && v319.length > 5000000 ? c1(v319) : v319.length;
            if (v324 > 5000000) return INVALID;
            v318 = v319;
          }
          return v318;
        })();
        if (v317 === INVALID) {
          if ("settled" in v299) return INVALID;
          v317 = undefined;
        }
        const v325 = v299["held"];
        let v326 = (() => {
          let v327;
          if (v325 !== undefined) {
            if (!Array.isArray(v325)) return INVALID;
            if (v325.length > 5000000) return INVALID;
            const v328 = new Array(v325.length);
            for (let v329 = 0; v329 < v325.length; v329++) {
              const v330 = v325[v329];
              if (typeof v330 !== "string") return INVALID;
              const v331 = typeof v330 === "string" && v330.length >= 1 && v330.length < 2 ? c1(v330) : v330.length;
              if (v331 < 1) return INVALID;
              const v332 = typeof v330 === "string" && v330.length > 200 ? c1(v330) : v330.length;
              if (v332 > 200) return INVALID;
              v328[v329] = v330;
            }
            const v333 = typeof v328 === "string" && v328.length > 5000000 ? c1(v328) : v328.length;
            if (v333 > 5000000) return INVALID;
            v327 = v328;
          }
          return v327;
        })();
        if (v326 === INVALID) {
          if ("held" in v299) return INVALID;
          v326 = undefined;
        }
        for (const k in v299) {
          if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
        }
        const v334 = {};
        v334["pieces"] = v303;
        v334["check"] = v315;
        if ("settled" in v299) v334["settled"] = v317;
        if ("held" in v299) v334["held"] = v326;
        v301 = v334;
      }
      return v301;
    })();
    if (v300 === INVALID) {
      if ("origin" in v200) return INVALID;
      v300 = undefined;
    }
    const v335 = v200["segments"];
    let v336 = (() => {
      let v337;
      if (v335 !== undefined) {
        if (!Array.isArray(v335)) return INVALID;
        if (v335.length > 5000000) return INVALID;
        const v338 = new Array(v335.length);
        for (let v339 = 0; v339 < v335.length; v339++) {
          const v340 = v335[v339];
          if (typeof v340 !== "object" || v340 === null || Array.isArray(v340)) return INVALID;
          const v341 = v340["kind"];
          if (!c0.has(v341)) return INVALID;
          const v342 = v340["text"];
          if (typeof v342 !== "string") return INVALID;
          const v343 = v340["author"];
          let v344 = (() => {
            let v345;
            if (v343 !== undefined) {
              if (typeof v343 !== "string") return INVALID;
              v345 = v343;
            }
            return v345;
          })();
          if (v344 === INVALID) {
            if ("author" in v340) return INVALID;
            v344 = undefined;
          }
          const v346 = v340["date"];
          let v347 = (() => {
            let v348;
            if (v346 !== undefined) {
              if (typeof v346 !== "string") return INVALID;
              const v349 = typeof v346 === "string" && v346.length > 64 ? c1(v346) : v346.length;
              if (v349 > 64) return INVALID;
              v348 = v346;
            }
            return v348;
          })();
          if (v347 === INVALID) {
            if ("date" in v340) return INVALID;
            v347 = undefined;
          }
          const v350 = v340["id"];
          let v351 = (() => {
            let v352;
            if (v350 !== undefined) {
              if (typeof v350 !== "string") return INVALID;
              const v353 = typeof v350 === "string" && v350.length >= 1 && v350.length < 2 ? c1(v350) : v350.length;
              if (v353 < 1) return INVALID;
              const v354 = typeof v350 === "string" && v350.length > 200 ? c1(v350) : v350.length;
              if (v354 > 200) return INVALID;
              v352 = v350;
            }
            return v352;
          })();
          if (v351 === INVALID) {
            if ("id" in v340) return INVALID;
            v351 = undefined;
          }
          const v355 = v340["move"];
          let v356 = (() => {
            let v357;
            if (v355 !== undefined) {
              if (typeof v355 !== "object" || v355 === null || Array.isArray(v355)) return INVALID;
              const v358 = v355["name"];
              if (typeof v358 !== "string") return INVALID;
              const v359 = typeof v358 === "string" && v358.length >= 1 && v358.length < 2 ? c1(v358) : v358.length;
              if (v359 < 1) return INVALID;
              const v360 = typeof v358 === "string" && v358.length > 200 ? c1(v358) : v358.length;
              if (v360 > 200) return INVALID;
              const v361 = v355["side"];
              if (!c2.has(v361)) return INVALID;
              for (const k in v355) {
                if (k !== "name" && k !== "side") return INVALID;
              }
              const v362 = { "name": v358, "side": v361 };
              v357 = v362;
            }
            return v357;
          })();
          if (v356 === INVALID) {
            if ("move" in v340) return INVALID;
            v356 = undefined;
          }
          for (const k in v340) {
            if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
          }
          const v363 = {};
          v363["kind"] = v341;
          v363["text"] = v342;
          if ("author" in v340) v363["author"] = v344;
          if ("date" in v340) v363["date"] = v347;
          if ("id" in v340) v363["id"] = v351;
          if ("move" in v340) v363["move"] = v356;
          const v364 = c3(v363);
          if (v364 instanceof Promise) c4();
          if (!v364) return INVALID;
          const v365 = c5(v363);
          if (v365 instanceof Promise) c4();
          if (!v365) return INVALID;
          v338[v339] = v363;
        }
        const v366 = typeof v338 === "string" && v338.length > 5000000 ? c1(v338) : v338.length;
        if (v366 > 5000000) return INVALID;
        v337 = v338;
      }
      return v337;
    })();
    if (v336 === INVALID) {
      if ("segments" in v200) return INVALID;
      v336 = undefined;
    }
    const v367 = v200["comments"];
    let v368 = (() => {
      let v369;
      if (v367 !== undefined) {
        if (!Array.isArray(v367)) return INVALID;
        if (v367.length > 5000000) return INVALID;
        const v370 = new Array(v367.length);
        for (let v371 = 0; v371 < v367.length; v371++) {
          const v372 = v367[v371];
          if (typeof v372 !== "object" || v372 === null || Array.isArray(v372)) return INVALID;
          const v373 = v372["id"];
          if (typeof v373 !== "string") return INVALID;
          const v374 = typeof v373 === "string" && v373.length >= 1 && v373.length < 2 ? c1(v373) : v373.length;
          if (v374 < 1) return INVALID;
          const v375 = typeof v373 === "string" && v373.length > 200 ? c1(v373) : v373.length;
          if (v375 > 200) return INVALID;
          const v376 = v372["author"];
          if (typeof v376 !== "string") return INVALID;
          const v377 = v372["date"];
          if (typeof v377 !== "string") return INVALID;
          const v378 = typeof v377 === "string" && v377.length > 64 ? c1(v377) : v377.length;
          if (v378 > 64) return INVALID;
          const v379 = v372["text"];
          if (typeof v379 !== "string") return INVALID;
          const v380 = v372["visibility"];
          if (!c18.has(v380)) return INVALID;
          const v381 = v372["resolved"];
          if (typeof v381 !== "boolean") return INVALID;
          const v382 = v372["replies"];
          if (!Array.isArray(v382)) return INVALID;
          if (v382.length > 5000000) return INVALID;
          const v383 = new Array(v382.length);
          for (let v384 = 0; v384 < v382.length; v384++) {
            const v385 = v382[v384];
            if (typeof v385 !== "object" || v385 === null || Array.isArray(v385)) return INVALID;
            const v386 = v385["id"];
            if (typeof v386 !== "string") return INVALID;
            const v387 = typeof v386 === "string" && v386.length >= 1 && v386.length < 2 ? c1(v386) : v386.length;
            if (v387 < 1) return INVALID;
            const v388 = typeof v386 === "string" && v386.length > 200 ? c1(v386) : v386.length;
            if (v388 > 200) return INVALID;
            const v389 = v385["author"];
            if (typeof v389 !== "string") return INVALID;
            const v390 = v385["date"];
            if (typeof v390 !== "string") return INVALID;
            const v391 = typeof v390 === "string" && v390.length > 64 ? c1(v390) : v390.length;
            if (v391 > 64) return INVALID;
            const v392 = v385["text"];
            if (typeof v392 !== "string") return INVALID;
            const v393 = v385["editedAt"];
            let v394 = (() => {
              let v395;
              if (v393 !== undefined) {
                if (typeof v393 !== "string") return INVALID;
                const v396 = typeof v393 === "string" && v393.length > 64 ? c1(v393) : v393.length;
                if (v396 > 64) return INVALID;
                v395 = v393;
              }
              return v395;
            })();
            if (v394 === INVALID) {
              if ("editedAt" in v385) return INVALID;
              v394 = undefined;
            }
            for (const k in v385) {
              if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "editedAt") return INVALID;
            }
            const v397 = {};
            v397["id"] = v386;
            v397["author"] = v389;
            v397["date"] = v390;
            v397["text"] = v392;
            if ("editedAt" in v385) v397["editedAt"] = v394;
            v383[v384] = v397;
          }
          const v398 = typeof v383 === "string" && v383.length > 5000000 ? c1(v383) : v383.length;
          if (v398 > 5000000) return INVALID;
          const v399 = v372["anchor"];
          let v400 = (() => {
            let v401;
            if (v399 !== undefined) {
              if (typeof v399 !== "object" || v399 === null || Array.isArray(v399)) return INVALID;
              const v402 = v399["start"];
              if (typeof v402 !== "number" || !Number.isFinite(v402)) return INVALID;
              if (!Number.isSafeInteger(v402)) return INVALID;
              if (v402 < 0) return INVALID;
              const v403 = v399["end"];
              if (typeof v403 !== "number" || !Number.isFinite(v403)) return INVALID;
              if (!Number.isSafeInteger(v403)) return INVALID;
              if (v403 < 0) return INVALID;
              const v404 = v399["quote"];
              if (typeof v404 !== "string") return INVALID;
              for (const k in v399) {
                if (k !== "start" && k !== "end" && k !== "quote") return INVALID;
              }
              const v405 = { "start": v402, "end": v403, "quote": v404 };
              v401 = v405;
            }
            return v401;
          })();
          if (v400 === INVALID) {
            if ("anchor" in v372) return INVALID;
            v400 = undefined;
          }
          const v406 = v372["editedAt"];
          let v407 = (() => {
            let v408;
            if (v406 !== undefined) {
              if (typeof v406 !== "string") return INVALID;
              const v409 = typeof v406 === "string" && v406.length > 64 ? c1(v406) : v406.length;
              if (v409 > 64) return INVALID;
              v408 = v406;
            }
            return v408;
          })();
          if (v407 === INVALID) {
            if ("editedAt" in v372) return INVALID;
            v407 = undefined;
          }
          for (const k in v372) {
            if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "visibility" && k !== "resolved" && k !== "replies" && k !== "anchor" && k !== "editedAt") return INVALID;
          }
          const v410 = {};
          v410["id"] = v373;
          v410["author"] = v376;
          v410["date"] = v377;
          v410["text"] = v379;
          v410["visibility"] = v380;
          v410["resolved"] = v381;
          v410["replies"] = v383;
          if ("anchor" in v372) v410["anchor"] = v400;
          if ("editedAt" in v372) v410["editedAt"] = v407;
          v370[v371] = v410;
        }
        const v411 = typeof v370 === "string" && v370.length > 5000000 ? c1(v370) : v370.length;
        if (v411 > 5000000) return INVALID;
        v369 = v370;
      }
      return v369;
    })();
    if (v368 === INVALID) {
      if ("comments" in v200) return INVALID;
      v368 = undefined;
    }
    const v412 = v200["status"];
    let v413 = (() => {
      let v414;
      if (v412 !== undefined) {
        if (!c19.has(v412)) return INVALID;
        v414 = v412;
      }
      return v414;
    })();
    if (v413 === INVALID) {
      if ("status" in v200) return INVALID;
      v413 = undefined;
    }
    const v415 = v200["change"];
    let v416 = (() => {
      let v417;
      if (v415 !== undefined) {
        if (typeof v415 !== "object" || v415 === null || Array.isArray(v415)) return INVALID;
        const v418 = v415["kind"];
        if (!c20.has(v418)) return INVALID;
        const v419 = v415["id"];
        if (typeof v419 !== "string") return INVALID;
        const v420 = typeof v419 === "string" && v419.length >= 1 && v419.length < 2 ? c1(v419) : v419.length;
        if (v420 < 1) return INVALID;
        const v421 = typeof v419 === "string" && v419.length > 200 ? c1(v419) : v419.length;
        if (v421 > 200) return INVALID;
        const v422 = v415["author"];
        if (typeof v422 !== "string") return INVALID;
        const v423 = v415["date"];
        if (typeof v423 !== "string") return INVALID;
        const v424 = typeof v423 === "string" && v423.length > 64 ? c1(v423) : v423.length;
        if (v424 > 64) return INVALID;
        const v425 = v415["move"];
        let v426 = (() => {
          let v427;
          if (v425 !== undefined) {
            if (typeof v425 !== "object" || v425 === null || Array.isArray(v425)) return INVALID;
            const v428 = v425["name"];
            if (typeof v428 !== "string") return INVALID;
            const v429 = typeof v428 === "string" && v428.length >= 1 && v428.length < 2 ? c1(v428) : v428.length;
            if (v429 < 1) return INVALID;
            const v430 = typeof v428 === "string" && v428.length > 200 ? c1(v428) : v428.length;
            if (v430 > 200) return INVALID;
            const v431 = v425["side"];
            if (!c2.has(v431)) return INVALID;
            for (const k in v425) {
              if (k !== "name" && k !== "side") return INVALID;
            }
            const v432 = { "name": v428, "side": v431 };
            v427 = v432;
          }
          return v427;
        })();
        if (v426 === INVALID) {
          if ("move" in v415) return INVALID;
          v426 = undefined;
        }
        for (const k in v415) {
          if (k !== "kind" && k !== "id" && k !== "author" && k !== "date" && k !== "move") return INVALID;
        }
        const v433 = {};
        v433["kind"] = v418;
        v433["id"] = v419;
        v433["author"] = v422;
        v433["date"] = v423;
        if ("move" in v415) v433["move"] = v426;
        v417 = v433;
      }
      return v417;
    })();
    if (v416 === INVALID) {
      if ("change" in v200) return INVALID;
      v416 = undefined;
    }
    for (const k in v200) {
      if (k !== "id" && k !== "number" && k !== "label" && k !== "heading" && k !== "kind" && k !== "text" && k !== "responsibility" && k !== "passage" && k !== "origin" && k !== "segments" && k !== "comments" && k !== "status" && k !== "change") return INVALID;
    }
    const v434 = {};
    v434["id"] = v201;
    v434["number"] = v205;
    v434["label"] = v207;
    v434["heading"] = v209;
    v434["kind"] = v210;
    v434["text"] = v211;
    if ("responsibility" in v200) v434["responsibility"] = v213;
    if ("passage" in v200) v434["passage"] = v297;
    if ("origin" in v200) v434["origin"] = v300;
    if ("segments" in v200) v434["segments"] = v336;
    if ("comments" in v200) v434["comments"] = v368;
    if ("status" in v200) v434["status"] = v413;
    if ("change" in v200) v434["change"] = v416;
    v198[v199] = v434;
  }
  const v435 = typeof v198 === "string" && v198.length > 5000000 ? c1(v198) : v198.length;
  if (v435 > 5000000) return INVALID;
  for (const k in v185) {
    if (k !== "id" && k !== "number" && k !== "label" && k !== "title" && k !== "parts" && k !== "clauses") return INVALID;
  }
  const v436 = { "id": v186, "number": v189, "label": v190, "title": v191, "parts": v193, "clauses": v198 };
  v183[v184] = v436;
}
const v437 = typeof v183 === "string" && v183.length > 5000000 ? c1(v183) : v183.length;
if (v437 > 5000000) return INVALID;
const v438 = v2["signature"];
if (!Array.isArray(v438)) return INVALID;
if (v438.length > 5000000) return INVALID;
const v439 = new Array(v438.length);
for (let v440 = 0; v440 < v438.length; v440++) {
  const v441 = v438[v440];
  if (typeof v441 !== "string") return INVALID;
  v439[v440] = v441;
}
const v442 = typeof v439 === "string" && v439.length > 5000000 ? c1(v439) : v439.length;
if (v442 > 5000000) return INVALID;
const v443 = v2["annexes"];
if (!Array.isArray(v443)) return INVALID;
if (v443.length > 5000000) return INVALID;
const v444 = new Array(v443.length);
for (let v445 = 0; v445 < v443.length; v445++) {
  const v446 = v443[v445];
  if (typeof v446 !== "object" || v446 === null || Array.isArray(v446)) return INVALID;
  const v447 = v446["id"];
  if (typeof v447 !== "string") return INVALID;
  const v448 = typeof v447 === "string" && v447.length >= 1 && v447.length < 2 ? c1(v447) : v447.length;
  if (v448 < 1) return INVALID;
  const v449 = typeof v447 === "string" && v447.length > 200 ? c1(v447) : v447.length;
  if (v449 > 200) return INVALID;
  const v450 = v446["number"];
  if (typeof v450 !== "string") return INVALID;
  const v451 = v446["label"];
  if (typeof v451 !== "string") return INVALID;
  const v452 = v446["title"];
  if (typeof v452 !== "string") return INVALID;
  const v453 = v446["items"];
  if (!Array.isArray(v453)) return INVALID;
  if (v453.length > 5000000) return INVALID;
  const v454 = new Array(v453.length);
  for (let v455 = 0; v455 < v453.length; v455++) {
    const v456 = v453[v455];
    if (typeof v456 !== "string") return INVALID;
    v454[v455] = v456;
  }
  const v457 = typeof v454 === "string" && v454.length > 5000000 ? c1(v454) : v454.length;
  if (v457 > 5000000) return INVALID;
  const v458 = v446["isTomAnnex"];
  if (typeof v458 !== "boolean") return INVALID;
  const v459 = v446["preamble"];
  if (!Array.isArray(v459)) return INVALID;
  if (v459.length > 5000000) return INVALID;
  const v460 = new Array(v459.length);
  for (let v461 = 0; v461 < v459.length; v461++) {
    const v462 = v459[v461];
    if (typeof v462 !== "string") return INVALID;
    v460[v461] = v462;
  }
  const v463 = typeof v460 === "string" && v460.length > 5000000 ? c1(v460) : v460.length;
  if (v463 > 5000000) return INVALID;
  for (const k in v446) {
    if (k !== "id" && k !== "number" && k !== "label" && k !== "title" && k !== "items" && k !== "isTomAnnex" && k !== "preamble") return INVALID;
  }
  const v464 = { "id": v447, "number": v450, "label": v451, "title": v452, "items": v454, "isTomAnnex": v458, "preamble": v460 };
  v444[v445] = v464;
}
const v465 = typeof v444 === "string" && v444.length > 5000000 ? c1(v444) : v444.length;
if (v465 > 5000000) return INVALID;
const v466 = v2["toms"];
if (!Array.isArray(v466)) return INVALID;
if (v466.length > 5000000) return INVALID;
const v467 = new Array(v466.length);
for (let v468 = 0; v468 < v466.length; v468++) {
  const v469 = v466[v468];
  if (typeof v469 !== "object" || v469 === null || Array.isArray(v469)) return INVALID;
  const v470 = v469["id"];
  if (typeof v470 !== "string") return INVALID;
  const v471 = typeof v470 === "string" && v470.length >= 1 && v470.length < 2 ? c1(v470) : v470.length;
  if (v471 < 1) return INVALID;
  const v472 = typeof v470 === "string" && v470.length > 200 ? c1(v470) : v470.length;
  if (v472 > 200) return INVALID;
  const v473 = v469["category"];
  if (typeof v473 !== "object" || v473 === null || Array.isArray(v473)) return INVALID;
  const v474 = v473["number"];
  if (typeof v474 !== "string") return INVALID;
  const v475 = v473["title"];
  if (typeof v475 !== "string") return INVALID;
  for (const k in v473) {
    if (k !== "number" && k !== "title") return INVALID;
  }
  const v476 = { "number": v474, "title": v475 };
  const v477 = v469["services"];
  if (!Array.isArray(v477)) return INVALID;
  if (v477.length > 5000000) return INVALID;
  const v478 = new Array(v477.length);
  for (let v479 = 0; v479 < v477.length; v479++) {
    const v480 = v477[v479];
    if (typeof v480 !== "string") return INVALID;
    v478[v479] = v480;
  }
  const v481 = typeof v478 === "string" && v478.length > 5000000 ? c1(v478) : v478.length;
  if (v481 > 5000000) return INVALID;
  const v482 = v469["serviceHeading"];
  let v483 = null;
  if (v482 !== null) {
    if (typeof v482 !== "string") return INVALID;
    v483 = v482;
  }
  const v484 = v469["text"];
  if (typeof v484 !== "string") return INVALID;
  const v485 = v469["responsibility"];
  if (typeof v485 !== "object" || v485 === null || Array.isArray(v485)) return INVALID;
  const v486 = v485["party"];
  if (!c12.has(v486)) return INVALID;
  const v487 = v485["cue"];
  let v488 = null;
  if (v487 !== null) {
    if (typeof v487 !== "string") return INVALID;
    v488 = v487;
  }
  const v489 = v485["source"];
  if (!c13.has(v489)) return INVALID;
  const v490 = v485["reason"];
  const v491 = v490?.["kind"];
  let v492;
  if (v491 === "cue") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v493 = v490["kind"];
    if (v493 !== "cue") return INVALID;
    const v494 = v490["cue"];
    if (typeof v494 !== "string") return INVALID;
    for (const k in v490) {
      if (k !== "kind" && k !== "cue") return INVALID;
    }
    const v495 = { "kind": v493, "cue": v494 };
    v492 = v495;
  }
  else if (v491 === "both") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v496 = v490["kind"];
    if (v496 !== "both") return INVALID;
    const v497 = v490["providerCue"];
    if (typeof v497 !== "string") return INVALID;
    const v498 = v490["customerCue"];
    if (typeof v498 !== "string") return INVALID;
    for (const k in v490) {
      if (k !== "kind" && k !== "providerCue" && k !== "customerCue") return INVALID;
    }
    const v499 = { "kind": v496, "providerCue": v497, "customerCue": v498 };
    v492 = v499;
  }
  else if (v491 === "frame") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v500 = v490["kind"];
    if (v500 !== "frame") return INVALID;
    const v501 = v490["frame"];
    if (typeof v501 !== "string") return INVALID;
    const v502 = v490["scope"];
    if (!c14.has(v502)) return INVALID;
    const v503 = v490["at"];
    let v504 = (() => {
      let v505;
      if (v503 !== undefined) {
        if (typeof v503 !== "string") return INVALID;
        v505 = v503;
      }
      return v505;
    })();
    if (v504 === INVALID) {
      if ("at" in v490) return INVALID;
      v504 = undefined;
    }
    const v506 = v490["conflict"];
    let v507 = (() => {
      let v508;
      if (v506 !== undefined) {
        if (typeof v506 !== "object" || v506 === null || Array.isArray(v506)) return INVALID;
        const v509 = v506["party"];
        if (!c15.has(v509)) return INVALID;
        const v510 = v506["frame"];
        if (typeof v510 !== "string") return INVALID;
        const v511 = v506["scope"];
        if (!c14.has(v511)) return INVALID;
        const v512 = v506["at"];
        let v513 = (() => {
          let v514;
          if (v512 !== undefined) {
            if (typeof v512 !== "string") return INVALID;
            v514 = v512;
          }
          return v514;
        })();
        if (v513 === INVALID) {
          if ("at" in v506) return INVALID;
          v513 = undefined;
        }
        for (const k in v506) {
          if (k !== "party" && k !== "frame" && k !== "scope" && k !== "at") return INVALID;
        }
        const v515 = {};
        v515["party"] = v509;
        v515["frame"] = v510;
        v515["scope"] = v511;
        if ("at" in v506) v515["at"] = v513;
        v508 = v515;
      }
      return v508;
    })();
    if (v507 === INVALID) {
      if ("conflict" in v490) return INVALID;
      v507 = undefined;
    }
    for (const k in v490) {
      if (k !== "kind" && k !== "frame" && k !== "scope" && k !== "at" && k !== "conflict") return INVALID;
    }
    const v516 = {};
    v516["kind"] = v500;
    v516["frame"] = v501;
    v516["scope"] = v502;
    if ("at" in v490) v516["at"] = v504;
    if ("conflict" in v490) v516["conflict"] = v507;
    v492 = v516;
  }
  else if (v491 === "option") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v517 = v490["kind"];
    if (v517 !== "option") return INVALID;
    const v518 = v490["cue"];
    if (typeof v518 !== "string") return INVALID;
    for (const k in v490) {
      if (k !== "kind" && k !== "cue") return INVALID;
    }
    const v519 = { "kind": v517, "cue": v518 };
    v492 = v519;
  }
  else if (v491 === "none") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v520 = v490["kind"];
    if (v520 !== "none") return INVALID;
    for (const k in v490) {
      if (k !== "kind") return INVALID;
    }
    const v521 = { "kind": v520 };
    v492 = v521;
  }
  else if (v491 === "reviewer") {
    if (typeof v490 !== "object" || v490 === null || Array.isArray(v490)) return INVALID;
    const v522 = v490["kind"];
    if (v522 !== "reviewer") return INVALID;
    const v523 = v490["note"];
    if (typeof v523 !== "string") return INVALID;
    const v524 = v490["by"];
    if (typeof v524 !== "string") return INVALID;
    const v525 = v490["at"];
    if (typeof v525 !== "string") return INVALID;
    const v526 = typeof v525 === "string" && v525.length > 64 ? c1(v525) : v525.length;
    if (v526 > 64) return INVALID;
    for (const k in v490) {
      if (k !== "kind" && k !== "note" && k !== "by" && k !== "at") return INVALID;
    }
    const v527 = { "kind": v522, "note": v523, "by": v524, "at": v525 };
    v492 = v527;
  }
  else { return INVALID; }
  const v528 = v485["cues"];
  if (!Array.isArray(v528)) return INVALID;
  if (v528.length > 5000000) return INVALID;
  const v529 = new Array(v528.length);
  for (let v530 = 0; v530 < v528.length; v530++) {
    const v531 = v528[v530];
    if (typeof v531 !== "object" || v531 === null || Array.isArray(v531)) return INVALID;
    const v532 = v531["text"];
    if (typeof v532 !== "string") return INVALID;
    const v533 = v531["start"];
    if (typeof v533 !== "number" || !Number.isFinite(v533)) return INVALID;
    if (!Number.isSafeInteger(v533)) return INVALID;
    if (v533 < 0) return INVALID;
    const v534 = v531["party"];
    if (!c12.has(v534)) return INVALID;
    for (const k in v531) {
      if (k !== "text" && k !== "start" && k !== "party") return INVALID;
    }
    const v535 = { "text": v532, "start": v533, "party": v534 };
    v529[v530] = v535;
  }
  const v536 = typeof v529 === "string" && v529.length > 5000000 ? c1(v529) : v529.length;
  if (v536 > 5000000) return INVALID;
  const v537 = v485["sentences"];
  if (!Array.isArray(v537)) return INVALID;
  if (v537.length > 5000000) return INVALID;
  const v538 = new Array(v537.length);
  for (let v539 = 0; v539 < v537.length; v539++) {
    const v540 = v537[v539];
    if (typeof v540 !== "object" || v540 === null || Array.isArray(v540)) return INVALID;
    const v541 = v540["start"];
    if (typeof v541 !== "number" || !Number.isFinite(v541)) return INVALID;
    if (!Number.isSafeInteger(v541)) return INVALID;
    if (v541 < 0) return INVALID;
    const v542 = v540["end"];
    if (typeof v542 !== "number" || !Number.isFinite(v542)) return INVALID;
    if (!Number.isSafeInteger(v542)) return INVALID;
    if (v542 < 0) return INVALID;
    const v543 = v540["party"];
    let v544 = null;
    if (v543 !== null) {
      if (!c12.has(v543)) return INVALID;
      v544 = v543;
    }
    const v545 = v540["force"];
    if (!c16.has(v545)) return INVALID;
    const v546 = v540["cues"];
    if (!Array.isArray(v546)) return INVALID;
    if (v546.length > 5000000) return INVALID;
    const v547 = new Array(v546.length);
    for (let v548 = 0; v548 < v546.length; v548++) {
      const v549 = v546[v548];
      if (typeof v549 !== "object" || v549 === null || Array.isArray(v549)) return INVALID;
      const v550 = v549["text"];
      if (typeof v550 !== "string") return INVALID;
      const v551 = v549["start"];
      if (typeof v551 !== "number" || !Number.isFinite(v551)) return INVALID;
      if (!Number.isSafeInteger(v551)) return INVALID;
      if (v551 < 0) return INVALID;
      const v552 = v549["party"];
      if (!c12.has(v552)) return INVALID;
      for (const k in v549) {
        if (k !== "text" && k !== "start" && k !== "party") return INVALID;
      }
      const v553 = { "text": v550, "start": v551, "party": v552 };
      v547[v548] = v553;
    }
    const v554 = typeof v547 === "string" && v547.length > 5000000 ? c1(v547) : v547.length;
    if (v554 > 5000000) return INVALID;
    for (const k in v540) {
      if (k !== "start" && k !== "end" && k !== "party" && k !== "force" && k !== "cues") return INVALID;
    }
    const v555 = { "start": v541, "end": v542, "party": v544, "force": v545, "cues": v547 };
    v538[v539] = v555;
  }
  const v556 = typeof v538 === "string" && v538.length > 5000000 ? c1(v538) : v538.length;
  if (v556 > 5000000) return INVALID;
  const v557 = v485["override"];
  let v558 = (() => {
    let v559;
    if (v557 !== undefined) {
      if (typeof v557 !== "object" || v557 === null || Array.isArray(v557)) return INVALID;
      const v560 = v557["from"];
      if (!c12.has(v560)) return INVALID;
      const v561 = v557["by"];
      if (typeof v561 !== "string") return INVALID;
      const v562 = v557["at"];
      if (typeof v562 !== "string") return INVALID;
      const v563 = typeof v562 === "string" && v562.length > 64 ? c1(v562) : v562.length;
      if (v563 > 64) return INVALID;
      const v564 = v557["note"];
      if (typeof v564 !== "string") return INVALID;
      for (const k in v557) {
        if (k !== "from" && k !== "by" && k !== "at" && k !== "note") return INVALID;
      }
      const v565 = { "from": v560, "by": v561, "at": v562, "note": v564 };
      v559 = v565;
    }
    return v559;
  })();
  if (v558 === INVALID) {
    if ("override" in v485) return INVALID;
    v558 = undefined;
  }
  for (const k in v485) {
    if (k !== "party" && k !== "cue" && k !== "source" && k !== "reason" && k !== "cues" && k !== "sentences" && k !== "override") return INVALID;
  }
  const v566 = {};
  v566["party"] = v486;
  v566["cue"] = v488;
  v566["source"] = v489;
  v566["reason"] = v492;
  v566["cues"] = v529;
  v566["sentences"] = v538;
  if ("override" in v485) v566["override"] = v558;
  const v567 = v469["origin"];
  let v568 = (() => {
    let v569;
    if (v567 !== undefined) {
      if (typeof v567 !== "object" || v567 === null || Array.isArray(v567)) return INVALID;
      const v570 = v567["pieces"];
      if (!Array.isArray(v570)) return INVALID;
      if (v570.length > 5000000) return INVALID;
      const v571 = new Array(v570.length);
      for (let v572 = 0; v572 < v570.length; v572++) {
        const v573 = v570[v572];
        let v574;
        v574 = (() => {
          if (typeof v573 !== "object" || v573 === null || Array.isArray(v573)) return INVALID;
          const v575 = v573["paragraph"];
          if (typeof v575 !== "number" || !Number.isFinite(v575)) return INVALID;
          if (!Number.isSafeInteger(v575)) return INVALID;
          if (v575 < 0) return INVALID;
          const v576 = v573["from"];
          if (typeof v576 !== "number" || !Number.isFinite(v576)) return INVALID;
          if (!Number.isSafeInteger(v576)) return INVALID;
          if (v576 < 0) return INVALID;
          const v577 = v573["to"];
          if (typeof v577 !== "number" || !Number.isFinite(v577)) return INVALID;
          if (!Number.isSafeInteger(v577)) return INVALID;
          if (v577 < 0) return INVALID;
          for (const k in v573) {
            if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
          }
          const v578 = { "paragraph": v575, "from": v576, "to": v577 };
          const v579 = c6(v578);
          if (v579 instanceof Promise) c4();
          if (!v579) return INVALID;
          return v578;
        })();
        if (v574 === INVALID) v574 = (() => {
          if (typeof v573 !== "object" || v573 === null || Array.isArray(v573)) return INVALID;
          const v580 = v573["text"];
          if (typeof v580 !== "string") return INVALID;
          for (const k in v573) {
            if (k !== "text") return INVALID;
          }
          const v581 = { "text": v580 };
          return v581;
        })();
        if (v574 === INVALID) return INVALID;
        v571[v572] = v574;
      }
      const v582 = typeof v571 === "string" && v571.length > 5000000 ? c1(v571) : v571.length;
      if (v582 > 5000000) return INVALID;
      const v583 = v567["check"];
      if (typeof v583 !== "string") return INVALID;
      c7.lastIndex = 0;
      if (!c7.test(v583)) return INVALID;
      const v584 = v567["settled"];
      let v585 = (() => {
        let v586;
        if (v584 !== undefined) {
          if (!Array.isArray(v584)) return INVALID;
          if (v584.length > 5000000) return INVALID;
          const v587 = new Array(v584.length);
          for (let v588 = 0; v588 < v584.length; v588++) {
            const v589 = v584[v588];
            if (typeof v589 !== "string") return INVALID;
            const v590 = typeof v589 === "string" && v589.length >= 1 && v589.length < 2 ? c1(v589) : v589.length;
            if (v590 < 1) return INVALID;
            const v591 = typeof v589 === "string" && v589.length > 200 ? c1(v589) : v589.length;
            if (v591 > 200) return INVALID;
            v587[v588] = v589;
          }
          const v592 = typeof v587 === "string" && v587.length > 5000000 ? c1(v587) : v587.length;
          if (v592 > 5000000) return INVALID;
          v586 = v587;
        }
        return v586;
      })();
      if (v585 === INVALID) {
        if ("settled" in v567) return INVALID;
        v585 = undefined;
      }
      const v593 = v567["held"];
      let v594 = (() => {
        let v595;
        if (v593 !== undefined) {
          if (!Array.isArray(v593)) return INVALID;
          if (v593.length > 5000000) return INVALID;
          const v596 = new Array(v593.length);
          for (let v597 = 0; v597 < v593.length; v597++) {
            const v598 = v593[v597];
            if (typeof v598 !== "string") return INVALID;
            const v599 = typeof v598 === "string" && v598.length >= 1 && v598.length < 2 ? c1(v598) : v598.length;
            if (v599 < 1) return INVALID;
            const v600 = typeof v598 === "string" && v598.length > 200 ? c1(v598) : v598.length;
            if (v600 > 200) return INVALID;
            v596[v597] = v598;
          }
          const v601 = typeof v596 === "string" && v596.length > 5000000 ? c1(v596) : v596.length;
          if (v601 > 5000000) return INVALID;
          v595 = v596;
        }
        return v595;
      })();
      if (v594 === INVALID) {
        if ("held" in v567) return INVALID;
        v594 = undefined;
      }
      for (const k in v567) {
        if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
      }
      const v602 = {};
      v602["pieces"] = v571;
      v602["check"] = v583;
      if ("settled" in v567) v602["settled"] = v585;
      if ("held" in v567) v602["held"] = v594;
      v569 = v602;
    }
    return v569;
  })();
  if (v568 === INVALID) {
    if ("origin" in v469) return INVALID;
    v568 = undefined;
  }
  const v603 = v469["segments"];
  let v604 = (() => {
    let v605;
    if (v603 !== undefined) {
      if (!Array.isArray(v603)) return INVALID;
      if (v603.length > 5000000) return INVALID;
      const v606 = new Array(v603.length);
      for (let v607 = 0; v607 < v603.length; v607++) {
        const v608 = v603[v607];
        if (typeof v608 !== "object" || v608 === null || Array.isArray(v608)) return INVALID;
        const v609 = v608["kind"];
        if (!c0.has(v609)) return INVALID;
        const v610 = v608["text"];
        if (typeof v610 !== "string") return INVALID;
        const v611 = v608["author"];
        let v612 = (() => {
          let v613;
          if (v611 !== undefined) {
            if (typeof v611 !== "string") return INVALID;
            v613 = v611;
          }
          return v613;
        })();
        if (v612 === INVALID) {
          if ("author" in v608) return INVALID;
          v612 = undefined;
        }
        const v614 = v608["date"];
        let v615 = (() => {
          let v616;
          if (v614 !== undefined) {
            if (typeof v614 !== "string") return INVALID;
            const v617 = typeof v614 === "string" && v614.length > 64 ? c1(v614) : v614.length;
            if (v617 > 64) return INVALID;
            v616 = v614;
          }
          return v616;
        })();
        if (v615 === INVALID) {
          if ("date" in v608) return INVALID;
          v615 = undefined;
        }
        const v618 = v608["id"];
        let v619 = (() => {
          let v620;
          if (v618 !== undefined) {
            if (typeof v618 !== "string") return INVALID;
            const v621 = typeof v618 === "string" && v618.length >= 1 && v618.length < 2 ? c1(v618) : v618.length;
            if (v621 < 1) return INVALID;
            const v622 = typeof v618 === "string" && v618.length > 200 ? c1(v618) : v618.length;
            if (v622 > 200) return INVALID;
            v620 = v618;
          }
          return v620;
        })();
        if (v619 === INVALID) {
          if ("id" in v608) return INVALID;
          v619 = undefined;
        }
        const v623 = v608["move"];
        let v624 = (() => {
          let v625;
          if (v623 !== undefined) {
            if (typeof v623 !== "object" || v623 === null || Array.isArray(v623)) return INVALID;
            const v626 = v623["name"];
            if (typeof v626 !== "string") return INVALID;
            const v627 = typeof v626 === "string" && v626.length >= 1 && v626.length < 2 ? c1(v626) : v626.length;
            if (v627 < 1) return INVALID;
            const v628 = typeof v626 === "string" && v626.length > 200 ? c1(v626) : v626.length;
            if (v628 > 200) return INVALID;
            const v629 = v623["side"];
            if (!c2.has(v629)) return INVALID;
            for (const k in v623) {
              if (k !== "name" && k !== "side") return INVALID;
            }
            const v630 = { "name": v626, "side": v629 };
            v625 = v630;
          }
          return v625;
        })();
        if (v624 === INVALID) {
          if ("move" in v608) return INVALID;
          v624 = undefined;
        }
        for (const k in v608) {
          if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
        }
        const v631 = {};
        v631["kind"] = v609;
        v631["text"] = v610;
        if ("author" in v608) v631["author"] = v612;
        if ("date" in v608) v631["date"] = v615;
        if ("id" in v608) v631["id"] = v619;
        if ("move" in v608) v631["move"] = v624;
        const v632 = c3(v631);
        if (v632 instanceof Promise) c4();
        if (!v632) return INVALID;
        const v633 = c5(v631);
        if (v633 instanceof Promise) c4();
        if (!v633) return INVALID;
        v606[v607] = v631;
      }
      const v634 = typeof v606 === "string" && v606.length > 5000000 ? c1(v606) : v606.length;
      if (v634 > 5000000) return INVALID;
      v605 = v606;
    }
    return v605;
  })();
  if (v604 === INVALID) {
    if ("segments" in v469) return INVALID;
    v604 = undefined;
  }
  const v635 = v469["comments"];
  let v636 = (() => {
    let v637;
    if (v635 !== undefined) {
      if (!Array.isArray(v635)) return INVALID;
      if (v635.length > 5000000) return INVALID;
      const v638 = new Array(v635.length);
      for (let v639 = 0; v639 < v635.length; v639++) {
        const v640 = v635[v639];
        if (typeof v640 !== "object" || v640 === null || Array.isArray(v640)) return INVALID;
        const v641 = v640["id"];
        if (typeof v641 !== "string") return INVALID;
        const v642 = typeof v641 === "string" && v641.length >= 1 && v641.length < 2 ? c1(v641) : v641.length;
        if (v642 < 1) return INVALID;
        const v643 = typeof v641 === "string" && v641.length > 200 ? c1(v641) : v641.length;
        if (v643 > 200) return INVALID;
        const v644 = v640["author"];
        if (typeof v644 !== "string") return INVALID;
        const v645 = v640["date"];
        if (typeof v645 !== "string") return INVALID;
        const v646 = typeof v645 === "string" && v645.length > 64 ? c1(v645) : v645.length;
        if (v646 > 64) return INVALID;
        const v647 = v640["text"];
        if (typeof v647 !== "string") return INVALID;
        const v648 = v640["visibility"];
        if (!c18.has(v648)) return INVALID;
        const v649 = v640["resolved"];
        if (typeof v649 !== "boolean") return INVALID;
        const v650 = v640["replies"];
        if (!Array.isArray(v650)) return INVALID;
        if (v650.length > 5000000) return INVALID;
        const v651 = new Array(v650.length);
        for (let v652 = 0; v652 < v650.length; v652++) {
          const v653 = v650[v652];
          if (typeof v653 !== "object" || v653 === null || Array.isArray(v653)) return INVALID;
          const v654 = v653["id"];
          if (typeof v654 !== "string") return INVALID;
          const v655 = typeof v654 === "string" && v654.length >= 1 && v654.length < 2 ? c1(v654) : v654.length;
          if (v655 < 1) return INVALID;
          const v656 = typeof v654 === "string" && v654.length > 200 ? c1(v654) : v654.length;
          if (v656 > 200) return INVALID;
          const v657 = v653["author"];
          if (typeof v657 !== "string") return INVALID;
          const v658 = v653["date"];
          if (typeof v658 !== "string") return INVALID;
          const v659 = typeof v658 === "string" && v658.length > 64 ? c1(v658) : v658.length;
          if (v659 > 64) return INVALID;
          const v660 = v653["text"];
          if (typeof v660 !== "string") return INVALID;
          const v661 = v653["editedAt"];
          let v662 = (() => {
            let v663;
            if (v661 !== undefined) {
              if (typeof v661 !== "string") return INVALID;
              const v664 = typeof v661 === "string" && v661.length > 64 ? c1(v661) : v661.length;
              if (v664 > 64) return INVALID;
              v663 = v661;
            }
            return v663;
          })();
          if (v662 === INVALID) {
            if ("editedAt" in v653) return INVALID;
            v662 = undefined;
          }
          for (const k in v653) {
            if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "editedAt") return INVALID;
          }
          const v665 = {};
          v665["id"] = v654;
          v665["author"] = v657;
          v665["date"] = v658;
          v665["text"] = v660;
          if ("editedAt" in v653) v665["editedAt"] = v662;
          v651[v652] = v665;
        }
        const v666 = typeof v651 === "string" && v651.length > 5000000 ? c1(v651) : v651.length;
        if (v666 > 5000000) return INVALID;
        const v667 = v640["anchor"];
        let v668 = (() => {
          let v669;
          if (v667 !== undefined) {
            if (typeof v667 !== "object" || v667 === null || Array.isArray(v667)) return INVALID;
            const v670 = v667["start"];
            if (typeof v670 !== "number" || !Number.isFinite(v670)) return INVALID;
            if (!Number.isSafeInteger(v670)) return INVALID;
            if (v670 < 0) return INVALID;
            const v671 = v667["end"];
            if (typeof v671 !== "number" || !Number.isFinite(v671)) return INVALID;
            if (!Number.isSafeInteger(v671)) return INVALID;
            if (v671 < 0) return INVALID;
            const v672 = v667["quote"];
            if (typeof v672 !== "string") return INVALID;
            for (const k in v667) {
              if (k !== "start" && k !== "end" && k !== "quote") return INVALID;
            }
            const v673 = { "start": v670, "end": v671, "quote": v672 };
            v669 = v673;
          }
          return v669;
        })();
        if (v668 === INVALID) {
          if ("anchor" in v640) return INVALID;
          v668 = undefined;
        }
        const v674 = v640["editedAt"];
        let v675 = (() => {
          let v676;
          if (v674 !== undefined) {
            if (typeof v674 !== "string") return INVALID;
            const v677 = typeof v674 === "string" && v674.length > 64 ? c1(v674) : v674.length;
            if (v677 > 64) return INVALID;
            v676 = v674;
          }
          return v676;
        })();
        if (v675 === INVALID) {
          if ("editedAt" in v640) return INVALID;
          v675 = undefined;
        }
        for (const k in v640) {
          if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "visibility" && k !== "resolved" && k !== "replies" && k !== "anchor" && k !== "editedAt") return INVALID;
        }
        const v678 = {};
        v678["id"] = v641;
        v678["author"] = v644;
        v678["date"] = v645;
        v678["text"] = v647;
        v678["visibility"] = v648;
        v678["resolved"] = v649;
        v678["replies"] = v651;
        if ("anchor" in v640) v678["anchor"] = v668;
        if ("editedAt" in v640) v678["editedAt"] = v675;
        v638[v639] = v678;
      }
      const v679 = typeof v638 === "string" && v638.length > 5000000 ? c1(v638) : v638.length;
      if (v679 > 5000000) return INVALID;
      v637 = v638;
    }
    return v637;
  })();
  if (v636 === INVALID) {
    if ("comments" in v469) return INVALID;
    v636 = undefined;
  }
  const v680 = v469["status"];
  let v681 = (() => {
    let v682;
    if (v680 !== undefined) {
      if (!c19.has(v680)) return INVALID;
      v682 = v680;
    }
    return v682;
  })();
  if (v681 === INVALID) {
    if ("status" in v469) return INVALID;
    v681 = undefined;
  }
  const v683 = v469["change"];
  let v684 = (() => {
    let v685;
    if (v683 !== undefined) {
      if (typeof v683 !== "object" || v683 === null || Array.isArray(v683)) return INVALID;
      const v686 = v683["kind"];
      if (!c20.has(v686)) return INVALID;
      const v687 = v683["id"];
      if (typeof v687 !== "string") return INVALID;
      const v688 = typeof v687 === "string" && v687.length >= 1 && v687.length < 2 ? c1(v687) : v687.length;
      if (v688 < 1) return INVALID;
      const v689 = typeof v687 === "string" && v687.length > 200 ? c1(v687) : v687.length;
      if (v689 > 200) return INVALID;
      const v690 = v683["author"];
      if (typeof v690 !== "string") return INVALID;
      const v691 = v683["date"];
      if (typeof v691 !== "string") return INVALID;
      const v692 = typeof v691 === "string" && v691.length > 64 ? c1(v691) : v691.length;
      if (v692 > 64) return INVALID;
      const v693 = v683["move"];
      let v694 = (() => {
        let v695;
        if (v693 !== undefined) {
          if (typeof v693 !== "object" || v693 === null || Array.isArray(v693)) return INVALID;
          const v696 = v693["name"];
          if (typeof v696 !== "string") return INVALID;
          const v697 = typeof v696 === "string" && v696.length >= 1 && v696.length < 2 ? c1(v696) : v696.length;
          if (v697 < 1) return INVALID;
          const v698 = typeof v696 === "string" && v696.length > 200 ? c1(v696) : v696.length;
          if (v698 > 200) return INVALID;
          const v699 = v693["side"];
          if (!c2.has(v699)) return INVALID;
          for (const k in v693) {
            if (k !== "name" && k !== "side") return INVALID;
          }
          const v700 = { "name": v696, "side": v699 };
          v695 = v700;
        }
        return v695;
      })();
      if (v694 === INVALID) {
        if ("move" in v683) return INVALID;
        v694 = undefined;
      }
      for (const k in v683) {
        if (k !== "kind" && k !== "id" && k !== "author" && k !== "date" && k !== "move") return INVALID;
      }
      const v701 = {};
      v701["kind"] = v686;
      v701["id"] = v687;
      v701["author"] = v690;
      v701["date"] = v691;
      if ("move" in v683) v701["move"] = v694;
      v685 = v701;
    }
    return v685;
  })();
  if (v684 === INVALID) {
    if ("change" in v469) return INVALID;
    v684 = undefined;
  }
  for (const k in v469) {
    if (k !== "id" && k !== "category" && k !== "services" && k !== "serviceHeading" && k !== "text" && k !== "responsibility" && k !== "origin" && k !== "segments" && k !== "comments" && k !== "status" && k !== "change") return INVALID;
  }
  const v702 = {};
  v702["id"] = v470;
  v702["category"] = v476;
  v702["services"] = v478;
  v702["serviceHeading"] = v483;
  v702["text"] = v484;
  v702["responsibility"] = v566;
  if ("origin" in v469) v702["origin"] = v568;
  if ("segments" in v469) v702["segments"] = v604;
  if ("comments" in v469) v702["comments"] = v636;
  if ("status" in v469) v702["status"] = v681;
  if ("change" in v469) v702["change"] = v684;
  v467[v468] = v702;
}
const v703 = typeof v467 === "string" && v467.length > 5000000 ? c1(v467) : v467.length;
if (v703 > 5000000) return INVALID;
for (const k in v2) {
  if (k !== "title" && k !== "reading" && k !== "date" && k !== "dateSegments" && k !== "dateOrigin" && k !== "language" && k !== "parties" && k !== "preamble" && k !== "sections" && k !== "signature" && k !== "annexes" && k !== "toms") return INVALID;
}
const v704 = {};
v704["title"] = v3;
if ("reading" in v2) v704["reading"] = v5;
v704["date"] = v8;
if ("dateSegments" in v2) v704["dateSegments"] = v10;
if ("dateOrigin" in v2) v704["dateOrigin"] = v42;
v704["language"] = v77;
v704["parties"] = v79;
v704["preamble"] = v178;
v704["sections"] = v183;
v704["signature"] = v439;
v704["annexes"] = v444;
v704["toms"] = v467;
const v705 = input["source"];
if (typeof v705 !== "object" || v705 === null || Array.isArray(v705)) return INVALID;
const v706 = v705["kind"];
if (!c21.has(v706)) return INVALID;
const v707 = v705["name"];
if (typeof v707 !== "string") return INVALID;
const v708 = v705["package"];
let v709 = (() => {
  let v710;
  if (v708 !== undefined) {
    if (typeof v708 !== "object" || v708 === null || Array.isArray(v708)) return INVALID;
    const v711 = v708["data"];
    if (typeof v711 !== "string") return INVALID;
    c22.lastIndex = 0;
    if (!c22.test(v711)) return INVALID;
    const v712 = v708["bytes"];
    if (typeof v712 !== "number" || !Number.isFinite(v712)) return INVALID;
    if (!Number.isSafeInteger(v712)) return INVALID;
    if (v712 < 1) return INVALID;
    const v713 = v708["crc32"];
    if (typeof v713 !== "number" || !Number.isFinite(v713)) return INVALID;
    if (!Number.isSafeInteger(v713)) return INVALID;
    if (v713 < 0) return INVALID;
    if (v713 > 4294967295) return INVALID;
    for (const k in v708) {
      if (k !== "data" && k !== "bytes" && k !== "crc32") return INVALID;
    }
    const v714 = { "data": v711, "bytes": v712, "crc32": v713 };
    const v715 = c23(v714);
    if (v715 instanceof Promise) c4();
    if (!v715) return INVALID;
    v710 = v714;
  }
  return v710;
})();
if (v709 === INVALID) {
  if ("package" in v705) return INVALID;
  v709 = undefined;
}
for (const k in v705) {
  if (k !== "kind" && k !== "name" && k !== "package") return INVALID;
}
const v716 = {};
v716["kind"] = v706;
v716["name"] = v707;
if ("package" in v705) v716["package"] = v709;
const v717 = input["decisions"];
if (!Array.isArray(v717)) return INVALID;
if (v717.length > 5000000) return INVALID;
const v718 = new Array(v717.length);
for (let v719 = 0; v719 < v717.length; v719++) {
  const v720 = v717[v719];
  const v721 = v720?.["action"];
  let v722;
  if (v721 === "accept" || v721 === "reject") {
    if (typeof v720 !== "object" || v720 === null || Array.isArray(v720)) return INVALID;
    const v723 = v720["id"];
    if (typeof v723 !== "string") return INVALID;
    const v724 = typeof v723 === "string" && v723.length >= 1 && v723.length < 2 ? c1(v723) : v723.length;
    if (v724 < 1) return INVALID;
    const v725 = typeof v723 === "string" && v723.length > 200 ? c1(v723) : v723.length;
    if (v725 > 200) return INVALID;
    const v726 = v720["by"];
    if (typeof v726 !== "string") return INVALID;
    const v727 = v720["at"];
    if (typeof v727 !== "string") return INVALID;
    const v728 = typeof v727 === "string" && v727.length > 64 ? c1(v727) : v727.length;
    if (v728 > 64) return INVALID;
    const v729 = v720["rationale"];
    if (typeof v729 !== "string") return INVALID;
    const v730 = v720["target"];
    if (typeof v730 !== "object" || v730 === null || Array.isArray(v730)) return INVALID;
    const v731 = v730["kind"];
    if (!c24.has(v731)) return INVALID;
    const v732 = v730["id"];
    if (typeof v732 !== "string") return INVALID;
    const v733 = typeof v732 === "string" && v732.length >= 1 && v732.length < 2 ? c1(v732) : v732.length;
    if (v733 < 1) return INVALID;
    const v734 = typeof v732 === "string" && v732.length > 200 ? c1(v732) : v732.length;
    if (v734 > 200) return INVALID;
    for (const k in v730) {
      if (k !== "kind" && k !== "id") return INVALID;
    }
    const v735 = { "kind": v731, "id": v732 };
    const v736 = v720["action"];
    if (!c25.has(v736)) return INVALID;
    const v737 = v720["change"];
    if (typeof v737 !== "object" || v737 === null || Array.isArray(v737)) return INVALID;
    const v738 = v737["id"];
    if (typeof v738 !== "string") return INVALID;
    const v739 = typeof v738 === "string" && v738.length >= 1 && v738.length < 2 ? c1(v738) : v738.length;
    if (v739 < 1) return INVALID;
    const v740 = typeof v738 === "string" && v738.length > 200 ? c1(v738) : v738.length;
    if (v740 > 200) return INVALID;
    const v741 = v737["kind"];
    if (!c26.has(v741)) return INVALID;
    const v742 = v737["author"];
    if (typeof v742 !== "string") return INVALID;
    const v743 = v737["date"];
    if (typeof v743 !== "string") return INVALID;
    const v744 = typeof v743 === "string" && v743.length > 64 ? c1(v743) : v743.length;
    if (v744 > 64) return INVALID;
    const v745 = v737["text"];
    if (typeof v745 !== "string") return INVALID;
    const v746 = v737["whole"];
    if (typeof v746 !== "boolean") return INVALID;
    for (const k in v737) {
      if (k !== "id" && k !== "kind" && k !== "author" && k !== "date" && k !== "text" && k !== "whole") return INVALID;
    }
    const v747 = { "id": v738, "kind": v741, "author": v742, "date": v743, "text": v745, "whole": v746 };
    const v748 = v720["answer"];
    let v749 = (() => {
      let v750;
      if (v748 !== undefined) {
        if (typeof v748 !== "string") return INVALID;
        v750 = v748;
      }
      return v750;
    })();
    if (v749 === INVALID) {
      if ("answer" in v720) return INVALID;
      v749 = undefined;
    }
    for (const k in v720) {
      if (k !== "id" && k !== "by" && k !== "at" && k !== "rationale" && k !== "target" && k !== "action" && k !== "change" && k !== "answer") return INVALID;
    }
    const v751 = {};
    v751["id"] = v723;
    v751["by"] = v726;
    v751["at"] = v727;
    v751["rationale"] = v729;
    v751["target"] = v735;
    v751["action"] = v736;
    v751["change"] = v747;
    if ("answer" in v720) v751["answer"] = v749;
    v722 = v751;
  }
  else if (v721 === "override" || v721 === "reset") {
    if (typeof v720 !== "object" || v720 === null || Array.isArray(v720)) return INVALID;
    const v752 = v720["id"];
    if (typeof v752 !== "string") return INVALID;
    const v753 = typeof v752 === "string" && v752.length >= 1 && v752.length < 2 ? c1(v752) : v752.length;
    if (v753 < 1) return INVALID;
    const v754 = typeof v752 === "string" && v752.length > 200 ? c1(v752) : v752.length;
    if (v754 > 200) return INVALID;
    const v755 = v720["by"];
    if (typeof v755 !== "string") return INVALID;
    const v756 = v720["at"];
    if (typeof v756 !== "string") return INVALID;
    const v757 = typeof v756 === "string" && v756.length > 64 ? c1(v756) : v756.length;
    if (v757 > 64) return INVALID;
    const v758 = v720["rationale"];
    if (typeof v758 !== "string") return INVALID;
    const v759 = v720["target"];
    if (typeof v759 !== "object" || v759 === null || Array.isArray(v759)) return INVALID;
    const v760 = v759["kind"];
    if (!c24.has(v760)) return INVALID;
    const v761 = v759["id"];
    if (typeof v761 !== "string") return INVALID;
    const v762 = typeof v761 === "string" && v761.length >= 1 && v761.length < 2 ? c1(v761) : v761.length;
    if (v762 < 1) return INVALID;
    const v763 = typeof v761 === "string" && v761.length > 200 ? c1(v761) : v761.length;
    if (v763 > 200) return INVALID;
    for (const k in v759) {
      if (k !== "kind" && k !== "id") return INVALID;
    }
    const v764 = { "kind": v760, "id": v761 };
    const v765 = v720["action"];
    if (!c27.has(v765)) return INVALID;
    const v766 = v720["from"];
    if (!c12.has(v766)) return INVALID;
    const v767 = v720["to"];
    if (!c12.has(v767)) return INVALID;
    for (const k in v720) {
      if (k !== "id" && k !== "by" && k !== "at" && k !== "rationale" && k !== "target" && k !== "action" && k !== "from" && k !== "to") return INVALID;
    }
    const v768 = { "id": v752, "by": v755, "at": v756, "rationale": v758, "target": v764, "action": v765, "from": v766, "to": v767 };
    v722 = v768;
  }
  else { return INVALID; }
  v718[v719] = v722;
}
const v769 = typeof v718 === "string" && v718.length > 5000000 ? c1(v718) : v718.length;
if (v769 > 5000000) return INVALID;
const v770 = input["versions"];
if (!Array.isArray(v770)) return INVALID;
if (v770.length > 1000) return INVALID;
const v771 = new Array(v770.length);
for (let v772 = 0; v772 < v770.length; v772++) {
  const v773 = v770[v772];
  if (typeof v773 !== "object" || v773 === null || Array.isArray(v773)) return INVALID;
  const v774 = v773["id"];
  if (typeof v774 !== "string") return INVALID;
  const v775 = typeof v774 === "string" && v774.length >= 1 && v774.length < 2 ? c1(v774) : v774.length;
  if (v775 < 1) return INVALID;
  const v776 = typeof v774 === "string" && v774.length > 200 ? c1(v774) : v774.length;
  if (v776 > 200) return INVALID;
  const v777 = v773["name"];
  if (typeof v777 !== "string") return INVALID;
  const v778 = v773["author"];
  if (typeof v778 !== "string") return INVALID;
  const v779 = v773["date"];
  if (typeof v779 !== "string") return INVALID;
  const v780 = typeof v779 === "string" && v779.length > 64 ? c1(v779) : v779.length;
  if (v780 > 64) return INVALID;
  const v781 = v773["contract"];
  if (typeof v781 !== "object" || v781 === null || Array.isArray(v781)) return INVALID;
  const v782 = v781["title"];
  if (typeof v782 !== "string") return INVALID;
  const v783 = v781["reading"];
  let v784 = (() => {
    let v785;
    if (v783 !== undefined) {
      if (v783 !== "outline") return INVALID;
      v785 = v783;
    }
    return v785;
  })();
  if (v784 === INVALID) {
    if ("reading" in v781) return INVALID;
    v784 = undefined;
  }
  const v786 = v781["date"];
  let v787 = null;
  if (v786 !== null) {
    if (typeof v786 !== "string") return INVALID;
    v787 = v786;
  }
  const v788 = v781["dateSegments"];
  let v789 = (() => {
    let v790;
    if (v788 !== undefined) {
      if (!Array.isArray(v788)) return INVALID;
      if (v788.length > 5000000) return INVALID;
      const v791 = new Array(v788.length);
      for (let v792 = 0; v792 < v788.length; v792++) {
        const v793 = v788[v792];
        if (typeof v793 !== "object" || v793 === null || Array.isArray(v793)) return INVALID;
        const v794 = v793["kind"];
        if (!c0.has(v794)) return INVALID;
        const v795 = v793["text"];
        if (typeof v795 !== "string") return INVALID;
        const v796 = v793["author"];
        let v797 = (() => {
          let v798;
          if (v796 !== undefined) {
            if (typeof v796 !== "string") return INVALID;
            v798 = v796;
          }
          return v798;
        })();
        if (v797 === INVALID) {
          if ("author" in v793) return INVALID;
          v797 = undefined;
        }
        const v799 = v793["date"];
        let v800 = (() => {
          let v801;
          if (v799 !== undefined) {
            if (typeof v799 !== "string") return INVALID;
            const v802 = typeof v799 === "string" && v799.length > 64 ? c1(v799) : v799.length;
            if (v802 > 64) return INVALID;
            v801 = v799;
          }
          return v801;
        })();
        if (v800 === INVALID) {
          if ("date" in v793) return INVALID;
          v800 = undefined;
        }
        const v803 = v793["id"];
        let v804 = (() => {
          let v805;
          if (v803 !== undefined) {
            if (typeof v803 !== "string") return INVALID;
            const v806 = typeof v803 === "string" && v803.length >= 1 && v803.length < 2 ? c1(v803) : v803.length;
            if (v806 < 1) return INVALID;
            const v807 = typeof v803 === "string" && v803.length > 200 ? c1(v803) : v803.length;
            if (v807 > 200) return INVALID;
            v805 = v803;
          }
          return v805;
        })();
        if (v804 === INVALID) {
          if ("id" in v793) return INVALID;
          v804 = undefined;
        }
        const v808 = v793["move"];
        let v809 = (() => {
          let v810;
          if (v808 !== undefined) {
            if (typeof v808 !== "object" || v808 === null || Array.isArray(v808)) return INVALID;
            const v811 = v808["name"];
            if (typeof v811 !== "string") return INVALID;
            const v812 = typeof v811 === "string" && v811.length >= 1 && v811.length < 2 ? c1(v811) : v811.length;
            if (v812 < 1) return INVALID;
            const v813 = typeof v811 === "string" && v811.length > 200 ? c1(v811) : v811.length;
            if (v813 > 200) return INVALID;
            const v814 = v808["side"];
            if (!c2.has(v814)) return INVALID;
            for (const k in v808) {
              if (k !== "name" && k !== "side") return INVALID;
            }
            const v815 = { "name": v811, "side": v814 };
            v810 = v815;
          }
          return v810;
        })();
        if (v809 === INVALID) {
          if ("move" in v793) return INVALID;
          v809 = undefined;
        }
        for (const k in v793) {
          if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
        }
        const v816 = {};
        v816["kind"] = v794;
        v816["text"] = v795;
        if ("author" in v793) v816["author"] = v797;
        if ("date" in v793) v816["date"] = v800;
        if ("id" in v793) v816["id"] = v804;
        if ("move" in v793) v816["move"] = v809;
        const v817 = c3(v816);
        if (v817 instanceof Promise) c4();
        if (!v817) return INVALID;
        const v818 = c5(v816);
        if (v818 instanceof Promise) c4();
        if (!v818) return INVALID;
        v791[v792] = v816;
      }
      const v819 = typeof v791 === "string" && v791.length > 5000000 ? c1(v791) : v791.length;
      if (v819 > 5000000) return INVALID;
      v790 = v791;
    }
    return v790;
  })();
  if (v789 === INVALID) {
    if ("dateSegments" in v781) return INVALID;
    v789 = undefined;
  }
  const v820 = v781["dateOrigin"];
  let v821 = (() => {
    let v822;
    if (v820 !== undefined) {
      if (typeof v820 !== "object" || v820 === null || Array.isArray(v820)) return INVALID;
      const v823 = v820["pieces"];
      if (!Array.isArray(v823)) return INVALID;
      if (v823.length > 5000000) return INVALID;
      const v824 = new Array(v823.length);
      for (let v825 = 0; v825 < v823.length; v825++) {
        const v826 = v823[v825];
        let v827;
        v827 = (() => {
          if (typeof v826 !== "object" || v826 === null || Array.isArray(v826)) return INVALID;
          const v828 = v826["paragraph"];
          if (typeof v828 !== "number" || !Number.isFinite(v828)) return INVALID;
          if (!Number.isSafeInteger(v828)) return INVALID;
          if (v828 < 0) return INVALID;
          const v829 = v826["from"];
          if (typeof v829 !== "number" || !Number.isFinite(v829)) return INVALID;
          if (!Number.isSafeInteger(v829)) return INVALID;
          if (v829 < 0) return INVALID;
          const v830 = v826["to"];
          if (typeof v830 !== "number" || !Number.isFinite(v830)) return INVALID;
          if (!Number.isSafeInteger(v830)) return INVALID;
          if (v830 < 0) return INVALID;
          for (const k in v826) {
            if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
          }
          const v831 = { "paragraph": v828, "from": v829, "to": v830 };
          const v832 = c6(v831);
          if (v832 instanceof Promise) c4();
          if (!v832) return INVALID;
          return v831;
        })();
        if (v827 === INVALID) v827 = (() => {
          if (typeof v826 !== "object" || v826 === null || Array.isArray(v826)) return INVALID;
          const v833 = v826["text"];
          if (typeof v833 !== "string") return INVALID;
          for (const k in v826) {
            if (k !== "text") return INVALID;
          }
          const v834 = { "text": v833 };
          return v834;
        })();
        if (v827 === INVALID) return INVALID;
        v824[v825] = v827;
      }
      const v835 = typeof v824 === "string" && v824.length > 5000000 ? c1(v824) : v824.length;
      if (v835 > 5000000) return INVALID;
      const v836 = v820["check"];
      if (typeof v836 !== "string") return INVALID;
      c7.lastIndex = 0;
      if (!c7.test(v836)) return INVALID;
      const v837 = v820["settled"];
      let v838 = (() => {
        let v839;
        if (v837 !== undefined) {
          if (!Array.isArray(v837)) return INVALID;
          if (v837.length > 5000000) return INVALID;
          const v840 = new Array(v837.length);
          for (let v841 = 0; v841 < v837.length; v841++) {
            const v842 = v837[v841];
            if (typeof v842 !== "string") return INVALID;
            const v843 = typeof v842 === "string" && v842.length >= 1 && v842.length < 2 ? c1(v842) : v842.length;
            if (v843 < 1) return INVALID;
            const v844 = typeof v842 === "string" && v842.length > 200 ? c1(v842) : v842.length;
            if (v844 > 200) return INVALID;
            v840[v841] = v842;
          }
          const v845 = typeof v840 === "string" && v840.length > 5000000 ? c1(v840) : v840.length;
          if (v845 > 5000000) return INVALID;
          v839 = v840;
        }
        return v839;
      })();
      if (v838 === INVALID) {
        if ("settled" in v820) return INVALID;
        v838 = undefined;
      }
      const v846 = v820["held"];
      let v847 = (() => {
        let v848;
        if (v846 !== undefined) {
          if (!Array.isArray(v846)) return INVALID;
          if (v846.length > 5000000) return INVALID;
          const v849 = new Array(v846.length);
          for (let v850 = 0; v850 < v846.length; v850++) {
            const v851 = v846[v850];
            if (typeof v851 !== "string") return INVALID;
            const v852 = typeof v851 === "string" && v851.length >= 1 && v851.length < 2 ? c1(v851) : v851.length;
            if (v852 < 1) return INVALID;
            const v853 = typeof v851 === "string" && v851.length > 200 ? c1(v851) : v851.length;
            if (v853 > 200) return INVALID;
            v849[v850] = v851;
          }
          const v854 = typeof v849 === "string" && v849.length > 5000000 ? c1(v849) : v849.length;
          if (v854 > 5000000) return INVALID;
          v848 = v849;
        }
        return v848;
      })();
      if (v847 === INVALID) {
        if ("held" in v820) return INVALID;
        v847 = undefined;
      }
      for (const k in v820) {
        if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
      }
      const v855 = {};
      v855["pieces"] = v824;
      v855["check"] = v836;
      if ("settled" in v820) v855["settled"] = v838;
      if ("held" in v820) v855["held"] = v847;
      v822 = v855;
    }
    return v822;
  })();
  if (v821 === INVALID) {
    if ("dateOrigin" in v781) return INVALID;
    v821 = undefined;
  }
  const v856 = v781["language"];
  if (!c8.has(v856)) return INVALID;
  const v857 = v781["parties"];
  if (!Array.isArray(v857)) return INVALID;
  if (v857.length > 5000000) return INVALID;
  const v858 = new Array(v857.length);
  for (let v859 = 0; v859 < v857.length; v859++) {
    const v860 = v857[v859];
    if (typeof v860 !== "object" || v860 === null || Array.isArray(v860)) return INVALID;
    const v861 = v860["role"];
    if (!c9.has(v861)) return INVALID;
    const v862 = v860["name"];
    if (typeof v862 !== "string") return INVALID;
    const v863 = v860["address"];
    if (!Array.isArray(v863)) return INVALID;
    if (v863.length > 5000000) return INVALID;
    const v864 = new Array(v863.length);
    for (let v865 = 0; v865 < v863.length; v865++) {
      const v866 = v863[v865];
      if (typeof v866 !== "string") return INVALID;
      v864[v865] = v866;
    }
    const v867 = typeof v864 === "string" && v864.length > 5000000 ? c1(v864) : v864.length;
    if (v867 > 5000000) return INVALID;
    const v868 = v860["roleLabel"];
    if (typeof v868 !== "string") return INVALID;
    const v869 = v860["roleLine"];
    if (typeof v869 !== "string") return INVALID;
    const v870 = v860["segments"];
    let v871 = (() => {
      let v872;
      if (v870 !== undefined) {
        if (!Array.isArray(v870)) return INVALID;
        if (v870.length > 5000000) return INVALID;
        const v873 = new Array(v870.length);
        for (let v874 = 0; v874 < v870.length; v874++) {
          const v875 = v870[v874];
          if (typeof v875 !== "object" || v875 === null || Array.isArray(v875)) return INVALID;
          const v876 = v875["kind"];
          if (!c0.has(v876)) return INVALID;
          const v877 = v875["text"];
          if (typeof v877 !== "string") return INVALID;
          const v878 = v875["author"];
          let v879 = (() => {
            let v880;
            if (v878 !== undefined) {
              if (typeof v878 !== "string") return INVALID;
              v880 = v878;
            }
            return v880;
          })();
          if (v879 === INVALID) {
            if ("author" in v875) return INVALID;
            v879 = undefined;
          }
          const v881 = v875["date"];
          let v882 = (() => {
            let v883;
            if (v881 !== undefined) {
              if (typeof v881 !== "string") return INVALID;
              const v884 = typeof v881 === "string" && v881.length > 64 ? c1(v881) : v881.length;
              if (v884 > 64) return INVALID;
              v883 = v881;
            }
            return v883;
          })();
          if (v882 === INVALID) {
            if ("date" in v875) return INVALID;
            v882 = undefined;
          }
          const v885 = v875["id"];
          let v886 = (() => {
            let v887;
            if (v885 !== undefined) {
              if (typeof v885 !== "string") return INVALID;
              const v888 = typeof v885 === "string" && v885.length >= 1 && v885.length < 2 ? c1(v885) : v885.length;
              if (v888 < 1) return INVALID;
              const v889 = typeof v885 === "string" && v885.length > 200 ? c1(v885) : v885.length;
              if (v889 > 200) return INVALID;
              v887 = v885;
            }
            return v887;
          })();
          if (v886 === INVALID) {
            if ("id" in v875) return INVALID;
            v886 = undefined;
          }
          const v890 = v875["move"];
          let v891 = (() => {
            let v892;
            if (v890 !== undefined) {
              if (typeof v890 !== "object" || v890 === null || Array.isArray(v890)) return INVALID;
              const v893 = v890["name"];
              if (typeof v893 !== "string") return INVALID;
              const v894 = typeof v893 === "string" && v893.length >= 1 && v893.length < 2 ? c1(v893) : v893.length;
              if (v894 < 1) return INVALID;
              const v895 = typeof v893 === "string" && v893.length > 200 ? c1(v893) : v893.length;
              if (v895 > 200) return INVALID;
              const v896 = v890["side"];
              if (!c2.has(v896)) return INVALID;
              for (const k in v890) {
                if (k !== "name" && k !== "side") return INVALID;
              }
              const v897 = { "name": v893, "side": v896 };
              v892 = v897;
            }
            return v892;
          })();
          if (v891 === INVALID) {
            if ("move" in v875) return INVALID;
            v891 = undefined;
          }
          for (const k in v875) {
            if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
          }
          const v898 = {};
          v898["kind"] = v876;
          v898["text"] = v877;
          if ("author" in v875) v898["author"] = v879;
          if ("date" in v875) v898["date"] = v882;
          if ("id" in v875) v898["id"] = v886;
          if ("move" in v875) v898["move"] = v891;
          const v899 = c3(v898);
          if (v899 instanceof Promise) c4();
          if (!v899) return INVALID;
          const v900 = c5(v898);
          if (v900 instanceof Promise) c4();
          if (!v900) return INVALID;
          v873[v874] = v898;
        }
        const v901 = typeof v873 === "string" && v873.length > 5000000 ? c1(v873) : v873.length;
        if (v901 > 5000000) return INVALID;
        v872 = v873;
      }
      return v872;
    })();
    if (v871 === INVALID) {
      if ("segments" in v860) return INVALID;
      v871 = undefined;
    }
    const v902 = v860["origin"];
    let v903 = (() => {
      let v904;
      if (v902 !== undefined) {
        if (typeof v902 !== "object" || v902 === null || Array.isArray(v902)) return INVALID;
        const v905 = v902["pieces"];
        if (!Array.isArray(v905)) return INVALID;
        if (v905.length > 5000000) return INVALID;
        const v906 = new Array(v905.length);
        for (let v907 = 0; v907 < v905.length; v907++) {
          const v908 = v905[v907];
          let v909;
          v909 = (() => {
            if (typeof v908 !== "object" || v908 === null || Array.isArray(v908)) return INVALID;
            const v910 = v908["paragraph"];
            if (typeof v910 !== "number" || !Number.isFinite(v910)) return INVALID;
            if (!Number.isSafeInteger(v910)) return INVALID;
            if (v910 < 0) return INVALID;
            const v911 = v908["from"];
            if (typeof v911 !== "number" || !Number.isFinite(v911)) return INVALID;
            if (!Number.isSafeInteger(v911)) return INVALID;
            if (v911 < 0) return INVALID;
            const v912 = v908["to"];
            if (typeof v912 !== "number" || !Number.isFinite(v912)) return INVALID;
            if (!Number.isSafeInteger(v912)) return INVALID;
            if (v912 < 0) return INVALID;
            for (const k in v908) {
              if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
            }
            const v913 = { "paragraph": v910, "from": v911, "to": v912 };
            const v914 = c6(v913);
            if (v914 instanceof Promise) c4();
            if (!v914) return INVALID;
            return v913;
          })();
          if (v909 === INVALID) v909 = (() => {
            if (typeof v908 !== "object" || v908 === null || Array.isArray(v908)) return INVALID;
            const v915 = v908["text"];
            if (typeof v915 !== "string") return INVALID;
            for (const k in v908) {
              if (k !== "text") return INVALID;
            }
            const v916 = { "text": v915 };
            return v916;
          })();
          if (v909 === INVALID) return INVALID;
          v906[v907] = v909;
        }
        const v917 = typeof v906 === "string" && v906.length > 5000000 ? c1(v906) : v906.length;
        if (v917 > 5000000) return INVALID;
        const v918 = v902["check"];
        if (typeof v918 !== "string") return INVALID;
        c7.lastIndex = 0;
        if (!c7.test(v918)) return INVALID;
        const v919 = v902["settled"];
        let v920 = (() => {
          let v921;
          if (v919 !== undefined) {
            if (!Array.isArray(v919)) return INVALID;
            if (v919.length > 5000000) return INVALID;
            const v922 = new Array(v919.length);
            for (let v923 = 0; v923 < v919.length; v923++) {
              const v924 = v919[v923];
              if (typeof v924 !== "string") return INVALID;
              const v925 = typeof v924 === "string" && v924.length >= 1 && v924.length < 2 ? c1(v924) : v924.length;
              if (v925 < 1) return INVALID;
              const v926 = typeof v924 === "string" && v924.length > 200 ? c1(v924) : v924.length;
              if (v926 > 200) return INVALID;
              v922[v923] = v924;
            }
            const v927 = typeof v922 === "string" && v922.length > 5000000 ? c1(v922) : v922.length;
            if (v927 > 5000000) return INVALID;
            v921 = v922;
          }
          return v921;
        })();
        if (v920 === INVALID) {
          if ("settled" in v902) return INVALID;
          v920 = undefined;
        }
        const v928 = v902["held"];
        let v929 = (() => {
          let v930;
          if (v928 !== undefined) {
            if (!Array.isArray(v928)) return INVALID;
            if (v928.length > 5000000) return INVALID;
            const v931 = new Array(v928.length);
            for (let v932 = 0; v932 < v928.length; v932++) {
              const v933 = v928[v932];
              if (typeof v933 !== "string") return INVALID;
              const v934 = typeof v933 === "string" && v933.length >= 1 && v933.length < 2 ? c1(v933) : v933.length;
              if (v934 < 1) return INVALID;
              const v935 = typeof v933 === "string" && v933.length > 200 ? c1(v933) : v933.length;
              if (v935 > 200) return INVALID;
              v931[v932] = v933;
            }
            const v936 = typeof v931 === "string" && v931.length > 5000000 ? c1(v931) : v931.length;
            if (v936 > 5000000) return INVALID;
            v930 = v931;
          }
          return v930;
        })();
        if (v929 === INVALID) {
          if ("held" in v902) return INVALID;
          v929 = undefined;
        }
        for (const k in v902) {
          if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
        }
        const v937 = {};
        v937["pieces"] = v906;
        v937["check"] = v918;
        if ("settled" in v902) v937["settled"] = v920;
        if ("held" in v902) v937["held"] = v929;
        v904 = v937;
      }
      return v904;
    })();
    if (v903 === INVALID) {
      if ("origin" in v860) return INVALID;
      v903 = undefined;
    }
    const v938 = v860["source"];
    let v939 = (() => {
      let v940;
      if (v938 !== undefined) {
        if (!c10.has(v938)) return INVALID;
        v940 = v938;
      }
      return v940;
    })();
    if (v939 === INVALID) {
      if ("source" in v860) return INVALID;
      v939 = undefined;
    }
    const v941 = v860["cue"];
    let v942 = (() => {
      let v943;
      if (v941 !== undefined) {
        if (typeof v941 !== "string") return INVALID;
        v943 = v941;
      }
      return v943;
    })();
    if (v942 === INVALID) {
      if ("cue" in v860) return INVALID;
      v942 = undefined;
    }
    const v944 = v860["terms"];
    let v945 = (() => {
      let v946;
      if (v944 !== undefined) {
        if (!Array.isArray(v944)) return INVALID;
        if (v944.length > 5000000) return INVALID;
        const v947 = new Array(v944.length);
        for (let v948 = 0; v948 < v944.length; v948++) {
          const v949 = v944[v948];
          if (typeof v949 !== "string") return INVALID;
          v947[v948] = v949;
        }
        const v950 = typeof v947 === "string" && v947.length > 5000000 ? c1(v947) : v947.length;
        if (v950 > 5000000) return INVALID;
        v946 = v947;
      }
      return v946;
    })();
    if (v945 === INVALID) {
      if ("terms" in v860) return INVALID;
      v945 = undefined;
    }
    const v951 = v860["heading"];
    let v952 = (() => {
      let v953;
      if (v951 !== undefined) {
        if (typeof v951 !== "string") return INVALID;
        v953 = v951;
      }
      return v953;
    })();
    if (v952 === INVALID) {
      if ("heading" in v860) return INVALID;
      v952 = undefined;
    }
    for (const k in v860) {
      if (k !== "role" && k !== "name" && k !== "address" && k !== "roleLabel" && k !== "roleLine" && k !== "segments" && k !== "origin" && k !== "source" && k !== "cue" && k !== "terms" && k !== "heading") return INVALID;
    }
    const v954 = {};
    v954["role"] = v861;
    v954["name"] = v862;
    v954["address"] = v864;
    v954["roleLabel"] = v868;
    v954["roleLine"] = v869;
    if ("segments" in v860) v954["segments"] = v871;
    if ("origin" in v860) v954["origin"] = v903;
    if ("source" in v860) v954["source"] = v939;
    if ("cue" in v860) v954["cue"] = v942;
    if ("terms" in v860) v954["terms"] = v945;
    if ("heading" in v860) v954["heading"] = v952;
    v858[v859] = v954;
  }
  const v955 = typeof v858 === "string" && v858.length > 5000000 ? c1(v858) : v858.length;
  if (v955 > 5000000) return INVALID;
  const v956 = v781["preamble"];
  if (!Array.isArray(v956)) return INVALID;
  if (v956.length > 5000000) return INVALID;
  const v957 = new Array(v956.length);
  for (let v958 = 0; v958 < v956.length; v958++) {
    const v959 = v956[v958];
    if (typeof v959 !== "string") return INVALID;
    v957[v958] = v959;
  }
  const v960 = typeof v957 === "string" && v957.length > 5000000 ? c1(v957) : v957.length;
  if (v960 > 5000000) return INVALID;
  const v961 = v781["sections"];
  if (!Array.isArray(v961)) return INVALID;
  if (v961.length > 5000000) return INVALID;
  const v962 = new Array(v961.length);
  for (let v963 = 0; v963 < v961.length; v963++) {
    const v964 = v961[v963];
    if (typeof v964 !== "object" || v964 === null || Array.isArray(v964)) return INVALID;
    const v965 = v964["id"];
    if (typeof v965 !== "string") return INVALID;
    const v966 = typeof v965 === "string" && v965.length >= 1 && v965.length < 2 ? c1(v965) : v965.length;
    if (v966 < 1) return INVALID;
    const v967 = typeof v965 === "string" && v965.length > 200 ? c1(v965) : v965.length;
    if (v967 > 200) return INVALID;
    const v968 = v964["number"];
    if (typeof v968 !== "string") return INVALID;
    const v969 = v964["label"];
    if (typeof v969 !== "string") return INVALID;
    const v970 = v964["title"];
    if (typeof v970 !== "string") return INVALID;
    const v971 = v964["parts"];
    if (!Array.isArray(v971)) return INVALID;
    if (v971.length > 5000000) return INVALID;
    const v972 = new Array(v971.length);
    for (let v973 = 0; v973 < v971.length; v973++) {
      const v974 = v971[v973];
      if (typeof v974 !== "string") return INVALID;
      v972[v973] = v974;
    }
    const v975 = typeof v972 === "string" && v972.length > 5000000 ? c1(v972) : v972.length;
    if (v975 > 5000000) return INVALID;
    const v976 = v964["clauses"];
    if (!Array.isArray(v976)) return INVALID;
    if (v976.length > 5000000) return INVALID;
    const v977 = new Array(v976.length);
    for (let v978 = 0; v978 < v976.length; v978++) {
      const v979 = v976[v978];
      if (typeof v979 !== "object" || v979 === null || Array.isArray(v979)) return INVALID;
      const v980 = v979["id"];
      if (typeof v980 !== "string") return INVALID;
      const v981 = typeof v980 === "string" && v980.length >= 1 && v980.length < 2 ? c1(v980) : v980.length;
      if (v981 < 1) return INVALID;
      const v982 = typeof v980 === "string" && v980.length > 200 ? c1(v980) : v980.length;
      if (v982 > 200) return INVALID;
      const v983 = v979["number"];
      let v984 = null;
      if (v983 !== null) {
        if (typeof v983 !== "string") return INVALID;
        v984 = v983;
      }
      const v985 = v979["label"];
      let v986 = null;
      if (v985 !== null) {
        if (typeof v985 !== "string") return INVALID;
        v986 = v985;
      }
      const v987 = v979["heading"];
      let v988 = null;
      if (v987 !== null) {
        if (typeof v987 !== "string") return INVALID;
        v988 = v987;
      }
      const v989 = v979["kind"];
      if (!c11.has(v989)) return INVALID;
      const v990 = v979["text"];
      if (typeof v990 !== "string") return INVALID;
      const v991 = v979["responsibility"];
      let v992 = (() => {
        let v993;
        if (v991 !== undefined) {
          if (typeof v991 !== "object" || v991 === null || Array.isArray(v991)) return INVALID;
          const v994 = v991["party"];
          if (!c12.has(v994)) return INVALID;
          const v995 = v991["cue"];
          let v996 = null;
          if (v995 !== null) {
            if (typeof v995 !== "string") return INVALID;
            v996 = v995;
          }
          const v997 = v991["source"];
          if (!c13.has(v997)) return INVALID;
          const v998 = v991["reason"];
          const v999 = v998?.["kind"];
          let v1000;
          if (v999 === "cue") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1001 = v998["kind"];
            if (v1001 !== "cue") return INVALID;
            const v1002 = v998["cue"];
            if (typeof v1002 !== "string") return INVALID;
            for (const k in v998) {
              if (k !== "kind" && k !== "cue") return INVALID;
            }
            const v1003 = { "kind": v1001, "cue": v1002 };
            v1000 = v1003;
          }
          else if (v999 === "both") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1004 = v998["kind"];
            if (v1004 !== "both") return INVALID;
            const v1005 = v998["providerCue"];
            if (typeof v1005 !== "string") return INVALID;
            const v1006 = v998["customerCue"];
            if (typeof v1006 !== "string") return INVALID;
            for (const k in v998) {
              if (k !== "kind" && k !== "providerCue" && k !== "customerCue") return INVALID;
            }
            const v1007 = { "kind": v1004, "providerCue": v1005, "customerCue": v1006 };
            v1000 = v1007;
          }
          else if (v999 === "frame") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1008 = v998["kind"];
            if (v1008 !== "frame") return INVALID;
            const v1009 = v998["frame"];
            if (typeof v1009 !== "string") return INVALID;
            const v1010 = v998["scope"];
            if (!c14.has(v1010)) return INVALID;
            const v1011 = v998["at"];
            let v1012 = (() => {
              let v1013;
              if (v1011 !== undefined) {
                if (typeof v1011 !== "string") return INVALID;
                v1013 = v1011;
              }
              return v1013;
            })();
            if (v1012 === INVALID) {
              if ("at" in v998) return INVALID;
              v1012 = undefined;
            }
            const v1014 = v998["conflict"];
            let v1015 = (() => {
              let v1016;
              if (v1014 !== undefined) {
                if (typeof v1014 !== "object" || v1014 === null || Array.isArray(v1014)) return INVALID;
                const v1017 = v1014["party"];
                if (!c15.has(v1017)) return INVALID;
                const v1018 = v1014["frame"];
                if (typeof v1018 !== "string") return INVALID;
                const v1019 = v1014["scope"];
                if (!c14.has(v1019)) return INVALID;
                const v1020 = v1014["at"];
                let v1021 = (() => {
                  let v1022;
                  if (v1020 !== undefined) {
                    if (typeof v1020 !== "string") return INVALID;
                    v1022 = v1020;
                  }
                  return v1022;
                })();
                if (v1021 === INVALID) {
                  if ("at" in v1014) return INVALID;
                  v1021 = undefined;
                }
                for (const k in v1014) {
                  if (k !== "party" && k !== "frame" && k !== "scope" && k !== "at") return INVALID;
                }
                const v1023 = {};
                v1023["party"] = v1017;
                v1023["frame"] = v1018;
                v1023["scope"] = v1019;
                if ("at" in v1014) v1023["at"] = v1021;
                v1016 = v1023;
              }
              return v1016;
            })();
            if (v1015 === INVALID) {
              if ("conflict" in v998) return INVALID;
              v1015 = undefined;
            }
            for (const k in v998) {
              if (k !== "kind" && k !== "frame" && k !== "scope" && k !== "at" && k !== "conflict") return INVALID;
            }
            const v1024 = {};
            v1024["kind"] = v1008;
            v1024["frame"] = v1009;
            v1024["scope"] = v1010;
            if ("at" in v998) v1024["at"] = v1012;
            if ("conflict" in v998) v1024["conflict"] = v1015;
            v1000 = v1024;
          }
          else if (v999 === "option") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1025 = v998["kind"];
            if (v1025 !== "option") return INVALID;
            const v1026 = v998["cue"];
            if (typeof v1026 !== "string") return INVALID;
            for (const k in v998) {
              if (k !== "kind" && k !== "cue") return INVALID;
            }
            const v1027 = { "kind": v1025, "cue": v1026 };
            v1000 = v1027;
          }
          else if (v999 === "none") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1028 = v998["kind"];
            if (v1028 !== "none") return INVALID;
            for (const k in v998) {
              if (k !== "kind") return INVALID;
            }
            const v1029 = { "kind": v1028 };
            v1000 = v1029;
          }
          else if (v999 === "reviewer") {
            if (typeof v998 !== "object" || v998 === null || Array.isArray(v998)) return INVALID;
            const v1030 = v998["kind"];
            if (v1030 !== "reviewer") return INVALID;
            const v1031 = v998["note"];
            if (typeof v1031 !== "string") return INVALID;
            const v1032 = v998["by"];
            if (typeof v1032 !== "string") return INVALID;
            const v1033 = v998["at"];
            if (typeof v1033 !== "string") return INVALID;
            const v1034 = typeof v1033 === "string" && v1033.length > 64 ? c1(v1033) : v1033.length;
            if (v1034 > 64) return INVALID;
            for (const k in v998) {
              if (k !== "kind" && k !== "note" && k !== "by" && k !== "at") return INVALID;
            }
            const v1035 = { "kind": v1030, "note": v1031, "by": v1032, "at": v1033 };
            v1000 = v1035;
          }
          else { return INVALID; }
          const v1036 = v991["cues"];
          if (!Array.isArray(v1036)) return INVALID;
          if (v1036.length > 5000000) return INVALID;
          const v1037 = new Array(v1036.length);
          for (let v1038 = 0; v1038 < v1036.length; v1038++) {
            const v1039 = v1036[v1038];
            if (typeof v1039 !== "object" || v1039 === null || Array.isArray(v1039)) return INVALID;
            const v1040 = v1039["text"];
            if (typeof v1040 !== "string") return INVALID;
            const v1041 = v1039["start"];
            if (typeof v1041 !== "number" || !Number.isFinite(v1041)) return INVALID;
            if (!Number.isSafeInteger(v1041)) return INVALID;
            if (v1041 < 0) return INVALID;
            const v1042 = v1039["party"];
            if (!c12.has(v1042)) return INVALID;
            for (const k in v1039) {
              if (k !== "text" && k !== "start" && k !== "party") return INVALID;
            }
            const v1043 = { "text": v1040, "start": v1041, "party": v1042 };
            v1037[v1038] = v1043;
          }
          const v1044 = typeof v1037 === "string" && v1037.length > 5000000 ? c1(v1037) : v1037.length;
          if (v1044 > 5000000) return INVALID;
          const v1045 = v991["sentences"];
          if (!Array.isArray(v1045)) return INVALID;
          if (v1045.length > 5000000) return INVALID;
          const v1046 = new Array(v1045.length);
          for (let v1047 = 0; v1047 < v1045.length; v1047++) {
            const v1048 = v1045[v1047];
            if (typeof v1048 !== "object" || v1048 === null || Array.isArray(v1048)) return INVALID;
            const v1049 = v1048["start"];
            if (typeof v1049 !== "number" || !Number.isFinite(v1049)) return INVALID;
            if (!Number.isSafeInteger(v1049)) return INVALID;
            if (v1049 < 0) return INVALID;
            const v1050 = v1048["end"];
            if (typeof v1050 !== "number" || !Number.isFinite(v1050)) return INVALID;
            if (!Number.isSafeInteger(v1050)) return INVALID;
            if (v1050 < 0) return INVALID;
            const v1051 = v1048["party"];
            let v1052 = null;
            if (v1051 !== null) {
              if (!c12.has(v1051)) return INVALID;
              v1052 = v1051;
            }
            const v1053 = v1048["force"];
            if (!c16.has(v1053)) return INVALID;
            const v1054 = v1048["cues"];
            if (!Array.isArray(v1054)) return INVALID;
            if (v1054.length > 5000000) return INVALID;
            const v1055 = new Array(v1054.length);
            for (let v1056 = 0; v1056 < v1054.length; v1056++) {
              const v1057 = v1054[v1056];
              if (typeof v1057 !== "object" || v1057 === null || Array.isArray(v1057)) return INVALID;
              const v1058 = v1057["text"];
              if (typeof v1058 !== "string") return INVALID;
              const v1059 = v1057["start"];
              if (typeof v1059 !== "number" || !Number.isFinite(v1059)) return INVALID;
              if (!Number.isSafeInteger(v1059)) return INVALID;
              if (v1059 < 0) return INVALID;
              const v1060 = v1057["party"];
              if (!c12.has(v1060)) return INVALID;
              for (const k in v1057) {
                if (k !== "text" && k !== "start" && k !== "party") return INVALID;
              }
              const v1061 = { "text": v1058, "start": v1059, "party": v1060 };
              v1055[v1056] = v1061;
            }
            const v1062 = typeof v1055 === "string" && v1055.length > 5000000 ? c1(v1055) : v1055.length;
            if (v1062 > 5000000) return INVALID;
            for (const k in v1048) {
              if (k !== "start" && k !== "end" && k !== "party" && k !== "force" && k !== "cues") return INVALID;
            }
            const v1063 = { "start": v1049, "end": v1050, "party": v1052, "force": v1053, "cues": v1055 };
            v1046[v1047] = v1063;
          }
          const v1064 = typeof v1046 === "string" && v1046.length > 5000000 ? c1(v1046) : v1046.length;
          if (v1064 > 5000000) return INVALID;
          const v1065 = v991["override"];
          let v1066 = (() => {
            let v1067;
            if (v1065 !== undefined) {
              if (typeof v1065 !== "object" || v1065 === null || Array.isArray(v1065)) return INVALID;
              const v1068 = v1065["from"];
              if (!c12.has(v1068)) return INVALID;
              const v1069 = v1065["by"];
              if (typeof v1069 !== "string") return INVALID;
              const v1070 = v1065["at"];
              if (typeof v1070 !== "string") return INVALID;
              const v1071 = typeof v1070 === "string" && v1070.length > 64 ? c1(v1070) : v1070.length;
              if (v1071 > 64) return INVALID;
              const v1072 = v1065["note"];
              if (typeof v1072 !== "string") return INVALID;
              for (const k in v1065) {
                if (k !== "from" && k !== "by" && k !== "at" && k !== "note") return INVALID;
              }
              const v1073 = { "from": v1068, "by": v1069, "at": v1070, "note": v1072 };
              v1067 = v1073;
            }
            return v1067;
          })();
          if (v1066 === INVALID) {
            if ("override" in v991) return INVALID;
            v1066 = undefined;
          }
          for (const k in v991) {
            if (k !== "party" && k !== "cue" && k !== "source" && k !== "reason" && k !== "cues" && k !== "sentences" && k !== "override") return INVALID;
          }
          const v1074 = {};
          v1074["party"] = v994;
          v1074["cue"] = v996;
          v1074["source"] = v997;
          v1074["reason"] = v1000;
          v1074["cues"] = v1037;
          v1074["sentences"] = v1046;
          if ("override" in v991) v1074["override"] = v1066;
          v993 = v1074;
        }
        return v993;
      })();
      if (v992 === INVALID) {
        if ("responsibility" in v979) return INVALID;
        v992 = undefined;
      }
      const v1075 = v979["passage"];
      let v1076 = (() => {
        let v1077;
        if (v1075 !== undefined) {
          if (!c17.has(v1075)) return INVALID;
          v1077 = v1075;
        }
        return v1077;
      })();
      if (v1076 === INVALID) {
        if ("passage" in v979) return INVALID;
        v1076 = undefined;
      }
      const v1078 = v979["origin"];
      let v1079 = (() => {
        let v1080;
        if (v1078 !== undefined) {
          if (typeof v1078 !== "object" || v1078 === null || Array.isArray(v1078)) return INVALID;
          const v1081 = v1078["pieces"];
          if (!Array.isArray(v1081)) return INVALID;
          if (v1081.length > 5000000) return INVALID;
          const v1082 = new Array(v1081.length);
          for (let v1083 = 0; v1083 < v1081.length; v1083++) {
            const v1084 = v1081[v1083];
            let v1085;
            v1085 = (() => {
              if (typeof v1084 !== "object" || v1084 === null || Array.isArray(v1084)) return INVALID;
              const v1086 = v1084["paragraph"];
              if (typeof v1086 !== "number" || !Number.isFinite(v1086)) return INVALID;
              if (!Number.isSafeInteger(v1086)) return INVALID;
              if (v1086 < 0) return INVALID;
              const v1087 = v1084["from"];
              if (typeof v1087 !== "number" || !Number.isFinite(v1087)) return INVALID;
              if (!Number.isSafeInteger(v1087)) return INVALID;
              if (v1087 < 0) return INVALID;
              const v1088 = v1084["to"];
              if (typeof v1088 !== "number" || !Number.isFinite(v1088)) return INVALID;
              if (!Number.isSafeInteger(v1088)) return INVALID;
              if (v1088 < 0) return INVALID;
              for (const k in v1084) {
                if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
              }
              const v1089 = { "paragraph": v1086, "from": v1087, "to": v1088 };
              const v1090 = c6(v1089);
              if (v1090 instanceof Promise) c4();
              if (!v1090) return INVALID;
              return v1089;
            })();
            if (v1085 === INVALID) v1085 = (() => {
              if (typeof v1084 !== "object" || v1084 === null || Array.isArray(v1084)) return INVALID;
              const v1091 = v1084["text"];
              if (typeof v1091 !== "string") return INVALID;
              for (const k in v1084) {
                if (k !== "text") return INVALID;
              }
              const v1092 = { "text": v1091 };
              return v1092;
            })();
            if (v1085 === INVALID) return INVALID;
            v1082[v1083] = v1085;
          }
          const v1093 = typeof v1082 === "string" && v1082.length > 5000000 ? c1(v1082) : v1082.length;
          if (v1093 > 5000000) return INVALID;
          const v1094 = v1078["check"];
          if (typeof v1094 !== "string") return INVALID;
          c7.lastIndex = 0;
          if (!c7.test(v1094)) return INVALID;
          const v1095 = v1078["settled"];
          let v1096 = (() => {
            let v1097;
            if (v1095 !== undefined) {
              if (!Array.isArray(v1095)) return INVALID;
              if (v1095.length > 5000000) return INVALID;
              const v1098 = new Array(v1095.length);
              for (let v1099 = 0; v1099 < v1095.length; v1099++) {
                const v1100 = v1095[v1099];
                if (typeof v1100 !== "string") return INVALID;
                const v1101 = typeof v1100 === "string" && v1100.length >= 1 && v1100.length < 2 ? c1(v1100) : v1100.length;
                if (v1101 < 1) return INVALID;
                const v1102 = typeof v1100 === "string" && v1100.length > 200 ? c1(v1100) : v1100.length;
                if (v1102 > 200) return INVALID;
                v1098[v1099] = v1100;
              }
              const v1103 = typeof v1098 === "string" && v1098.length > 5000000 ? c1(v1098) : v1098.length;
              if (v1103 > 5000000) return INVALID;
              v1097 = v1098;
            }
            return v1097;
          })();
          if (v1096 === INVALID) {
            if ("settled" in v1078) return INVALID;
            v1096 = undefined;
          }
          const v1104 = v1078["held"];
          let v1105 = (() => {
            let v1106;
            if (v1104 !== undefined) {
              if (!Array.isArray(v1104)) return INVALID;
              if (v1104.length > 5000000) return INVALID;
              const v1107 = new Array(v1104.length);
              for (let v1108 = 0; v1108 < v1104.length; v1108++) {
                const v1109 = v1104[v1108];
                if (typeof v1109 !== "string") return INVALID;
                const v1110 = typeof v1109 === "string" && v1109.length >= 1 && v1109.length < 2 ? c1(v1109) : v1109.length;
                if (v1110 < 1) return INVALID;
                const v1111 = typeof v1109 === "string" && v1109.length > 200 ? c1(v1109) : v1109.length;
                if (v1111 > 200) return INVALID;
                v1107[v1108] = v1109;
              }
              const v1112 = typeof v1107 === "string" && v1107.length > 5000000 ? c1(v1107) : v1107.length;
              if (v1112 > 5000000) return INVALID;
              v1106 = v1107;
            }
            return v1106;
          })();
          if (v1105 === INVALID) {
            if ("held" in v1078) return INVALID;
            v1105 = undefined;
          }
          for (const k in v1078) {
            if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
          }
          const v1113 = {};
          v1113["pieces"] = v1082;
          v1113["check"] = v1094;
          if ("settled" in v1078) v1113["settled"] = v1096;
          if ("held" in v1078) v1113["held"] = v1105;
          v1080 = v1113;
        }
        return v1080;
      })();
      if (v1079 === INVALID) {
        if ("origin" in v979) return INVALID;
        v1079 = undefined;
      }
      const v1114 = v979["segments"];
      let v1115 = (() => {
        let v1116;
        if (v1114 !== undefined) {
          if (!Array.isArray(v1114)) return INVALID;
          if (v1114.length > 5000000) return INVALID;
          const v1117 = new Array(v1114.length);
          for (let v1118 = 0; v1118 < v1114.length; v1118++) {
            const v1119 = v1114[v1118];
            if (typeof v1119 !== "object" || v1119 === null || Array.isArray(v1119)) return INVALID;
            const v1120 = v1119["kind"];
            if (!c0.has(v1120)) return INVALID;
            const v1121 = v1119["text"];
            if (typeof v1121 !== "string") return INVALID;
            const v1122 = v1119["author"];
            let v1123 = (() => {
              let v1124;
              if (v1122 !== undefined) {
                if (typeof v1122 !== "string") return INVALID;
                v1124 = v1122;
              }
              return v1124;
            })();
            if (v1123 === INVALID) {
              if ("author" in v1119) return INVALID;
              v1123 = undefined;
            }
            const v1125 = v1119["date"];
            let v1126 = (() => {
              let v1127;
              if (v1125 !== undefined) {
                if (typeof v1125 !== "string") return INVALID;
                const v1128 = typeof v1125 === "string" && v1125.length > 64 ? c1(v1125) : v1125.length;
                if (v1128 > 64) return INVALID;
                v1127 = v1125;
              }
              return v1127;
            })();
            if (v1126 === INVALID) {
              if ("date" in v1119) return INVALID;
              v1126 = undefined;
            }
            const v1129 = v1119["id"];
            let v1130 = (() => {
              let v1131;
              if (v1129 !== undefined) {
                if (typeof v1129 !== "string") return INVALID;
                const v1132 = typeof v1129 === "string" && v1129.length >= 1 && v1129.length < 2 ? c1(v1129) : v1129.length;
                if (v1132 < 1) return INVALID;
                const v1133 = typeof v1129 === "string" && v1129.length > 200 ? c1(v1129) : v1129.length;
                if (v1133 > 200) return INVALID;
                v1131 = v1129;
              }
              return v1131;
            })();
            if (v1130 === INVALID) {
              if ("id" in v1119) return INVALID;
              v1130 = undefined;
            }
            const v1134 = v1119["move"];
            let v1135 = (() => {
              let v1136;
              if (v1134 !== undefined) {
                if (typeof v1134 !== "object" || v1134 === null || Array.isArray(v1134)) return INVALID;
                const v1137 = v1134["name"];
                if (typeof v1137 !== "string") return INVALID;
                const v1138 = typeof v1137 === "string" && v1137.length >= 1 && v1137.length < 2 ? c1(v1137) : v1137.length;
                if (v1138 < 1) return INVALID;
                const v1139 = typeof v1137 === "string" && v1137.length > 200 ? c1(v1137) : v1137.length;
                if (v1139 > 200) return INVALID;
                const v1140 = v1134["side"];
                if (!c2.has(v1140)) return INVALID;
                for (const k in v1134) {
                  if (k !== "name" && k !== "side") return INVALID;
                }
                const v1141 = { "name": v1137, "side": v1140 };
                v1136 = v1141;
              }
              return v1136;
            })();
            if (v1135 === INVALID) {
              if ("move" in v1119) return INVALID;
              v1135 = undefined;
            }
            for (const k in v1119) {
              if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
            }
            const v1142 = {};
            v1142["kind"] = v1120;
            v1142["text"] = v1121;
            if ("author" in v1119) v1142["author"] = v1123;
            if ("date" in v1119) v1142["date"] = v1126;
            if ("id" in v1119) v1142["id"] = v1130;
            if ("move" in v1119) v1142["move"] = v1135;
            const v1143 = c3(v1142);
            if (v1143 instanceof Promise) c4();
            if (!v1143) return INVALID;
            const v1144 = c5(v1142);
            if (v1144 instanceof Promise) c4();
            if (!v1144) return INVALID;
            v1117[v1118] = v1142;
          }
          const v1145 = typeof v1117 === "string" && v1117.length > 5000000 ? c1(v1117) : v1117.length;
          if (v1145 > 5000000) return INVALID;
          v1116 = v1117;
        }
        return v1116;
      })();
      if (v1115 === INVALID) {
        if ("segments" in v979) return INVALID;
        v1115 = undefined;
      }
      const v1146 = v979["comments"];
      let v1147 = (() => {
        let v1148;
        if (v1146 !== undefined) {
          if (!Array.isArray(v1146)) return INVALID;
          if (v1146.length > 5000000) return INVALID;
          const v1149 = new Array(v1146.length);
          for (let v1150 = 0; v1150 < v1146.length; v1150++) {
            const v1151 = v1146[v1150];
            if (typeof v1151 !== "object" || v1151 === null || Array.isArray(v1151)) return INVALID;
            const v1152 = v1151["id"];
            if (typeof v1152 !== "string") return INVALID;
            const v1153 = typeof v1152 === "string" && v1152.length >= 1 && v1152.length < 2 ? c1(v1152) : v1152.length;
            if (v1153 < 1) return INVALID;
            const v1154 = typeof v1152 === "string" && v1152.length > 200 ? c1(v1152) : v1152.length;
            if (v1154 > 200) return INVALID;
            const v1155 = v1151["author"];
            if (typeof v1155 !== "string") return INVALID;
            const v1156 = v1151["date"];
            if (typeof v1156 !== "string") return INVALID;
            const v1157 = typeof v1156 === "string" && v1156.length > 64 ? c1(v1156) : v1156.length;
            if (v1157 > 64) return INVALID;
            const v1158 = v1151["text"];
            if (typeof v1158 !== "string") return INVALID;
            const v1159 = v1151["visibility"];
            if (!c18.has(v1159)) return INVALID;
            const v1160 = v1151["resolved"];
            if (typeof v1160 !== "boolean") return INVALID;
            const v1161 = v1151["replies"];
            if (!Array.isArray(v1161)) return INVALID;
            if (v1161.length > 5000000) return INVALID;
            const v1162 = new Array(v1161.length);
            for (let v1163 = 0; v1163 < v1161.length; v1163++) {
              const v1164 = v1161[v1163];
              if (typeof v1164 !== "object" || v1164 === null || Array.isArray(v1164)) return INVALID;
              const v1165 = v1164["id"];
              if (typeof v1165 !== "string") return INVALID;
              const v1166 = typeof v1165 === "string" && v1165.length >= 1 && v1165.length < 2 ? c1(v1165) : v1165.length;
              if (v1166 < 1) return INVALID;
              const v1167 = typeof v1165 === "string" && v1165.length > 200 ? c1(v1165) : v1165.length;
              if (v1167 > 200) return INVALID;
              const v1168 = v1164["author"];
              if (typeof v1168 !== "string") return INVALID;
              const v1169 = v1164["date"];
              if (typeof v1169 !== "string") return INVALID;
              const v1170 = typeof v1169 === "string" && v1169.length > 64 ? c1(v1169) : v1169.length;
              if (v1170 > 64) return INVALID;
              const v1171 = v1164["text"];
              if (typeof v1171 !== "string") return INVALID;
              const v1172 = v1164["editedAt"];
              let v1173 = (() => {
                let v1174;
                if (v1172 !== undefined) {
                  if (typeof v1172 !== "string") return INVALID;
                  const v1175 = typeof v1172 === "string" && v1172.length > 64 ? c1(v1172) : v1172.length;
                  if (v1175 > 64) return INVALID;
                  v1174 = v1172;
                }
                return v1174;
              })();
              if (v1173 === INVALID) {
                if ("editedAt" in v1164) return INVALID;
                v1173 = undefined;
              }
              for (const k in v1164) {
                if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "editedAt") return INVALID;
              }
              const v1176 = {};
              v1176["id"] = v1165;
              v1176["author"] = v1168;
              v1176["date"] = v1169;
              v1176["text"] = v1171;
              if ("editedAt" in v1164) v1176["editedAt"] = v1173;
              v1162[v1163] = v1176;
            }
            const v1177 = typeof v1162 === "string" && v1162.length > 5000000 ? c1(v1162) : v1162.length;
            if (v1177 > 5000000) return INVALID;
            const v1178 = v1151["anchor"];
            let v1179 = (() => {
              let v1180;
              if (v1178 !== undefined) {
                if (typeof v1178 !== "object" || v1178 === null || Array.isArray(v1178)) return INVALID;
                const v1181 = v1178["start"];
                if (typeof v1181 !== "number" || !Number.isFinite(v1181)) return INVALID;
                if (!Number.isSafeInteger(v1181)) return INVALID;
                if (v1181 < 0) return INVALID;
                const v1182 = v1178["end"];
                if (typeof v1182 !== "number" || !Number.isFinite(v1182)) return INVALID;
                if (!Number.isSafeInteger(v1182)) return INVALID;
                if (v1182 < 0) return INVALID;
                const v1183 = v1178["quote"];
                if (typeof v1183 !== "string") return INVALID;
                for (const k in v1178) {
                  if (k !== "start" && k !== "end" && k !== "quote") return INVALID;
                }
                const v1184 = { "start": v1181, "end": v1182, "quote": v1183 };
                v1180 = v1184;
              }
              return v1180;
            })();
            if (v1179 === INVALID) {
              if ("anchor" in v1151) return INVALID;
              v1179 = undefined;
            }
            const v1185 = v1151["editedAt"];
            let v1186 = (() => {
              let v1187;
              if (v1185 !== undefined) {
                if (typeof v1185 !== "string") return INVALID;
                const v1188 = typeof v1185 === "string" && v1185.length > 64 ? c1(v1185) : v1185.length;
                if (v1188 > 64) return INVALID;
                v1187 = v1185;
              }
              return v1187;
            })();
            if (v1186 === INVALID) {
              if ("editedAt" in v1151) return INVALID;
              v1186 = undefined;
            }
            for (const k in v1151) {
              if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "visibility" && k !== "resolved" && k !== "replies" && k !== "anchor" && k !== "editedAt") return INVALID;
            }
            const v1189 = {};
            v1189["id"] = v1152;
            v1189["author"] = v1155;
            v1189["date"] = v1156;
            v1189["text"] = v1158;
            v1189["visibility"] = v1159;
            v1189["resolved"] = v1160;
            v1189["replies"] = v1162;
            if ("anchor" in v1151) v1189["anchor"] = v1179;
            if ("editedAt" in v1151) v1189["editedAt"] = v1186;
            v1149[v1150] = v1189;
          }
          const v1190 = typeof v1149 === "string" && v1149.length > 5000000 ? c1(v1149) : v1149.length;
          if (v1190 > 5000000) return INVALID;
          v1148 = v1149;
        }
        return v1148;
      })();
      if (v1147 === INVALID) {
        if ("comments" in v979) return INVALID;
        v1147 = undefined;
      }
      const v1191 = v979["status"];
      let v1192 = (() => {
        let v1193;
        if (v1191 !== undefined) {
          if (!c19.has(v1191)) return INVALID;
          v1193 = v1191;
        }
        return v1193;
      })();
      if (v1192 === INVALID) {
        if ("status" in v979) return INVALID;
        v1192 = undefined;
      }
      const v1194 = v979["change"];
      let v1195 = (() => {
        let v1196;
        if (v1194 !== undefined) {
          if (typeof v1194 !== "object" || v1194 === null || Array.isArray(v1194)) return INVALID;
          const v1197 = v1194["kind"];
          if (!c20.has(v1197)) return INVALID;
          const v1198 = v1194["id"];
          if (typeof v1198 !== "string") return INVALID;
          const v1199 = typeof v1198 === "string" && v1198.length >= 1 && v1198.length < 2 ? c1(v1198) : v1198.length;
          if (v1199 < 1) return INVALID;
          const v1200 = typeof v1198 === "string" && v1198.length > 200 ? c1(v1198) : v1198.length;
          if (v1200 > 200) return INVALID;
          const v1201 = v1194["author"];
          if (typeof v1201 !== "string") return INVALID;
          const v1202 = v1194["date"];
          if (typeof v1202 !== "string") return INVALID;
          const v1203 = typeof v1202 === "string" && v1202.length > 64 ? c1(v1202) : v1202.length;
          if (v1203 > 64) return INVALID;
          const v1204 = v1194["move"];
          let v1205 = (() => {
            let v1206;
            if (v1204 !== undefined) {
              if (typeof v1204 !== "object" || v1204 === null || Array.isArray(v1204)) return INVALID;
              const v1207 = v1204["name"];
              if (typeof v1207 !== "string") return INVALID;
              const v1208 = typeof v1207 === "string" && v1207.length >= 1 && v1207.length < 2 ? c1(v1207) : v1207.length;
              if (v1208 < 1) return INVALID;
              const v1209 = typeof v1207 === "string" && v1207.length > 200 ? c1(v1207) : v1207.length;
              if (v1209 > 200) return INVALID;
              const v1210 = v1204["side"];
              if (!c2.has(v1210)) return INVALID;
              for (const k in v1204) {
                if (k !== "name" && k !== "side") return INVALID;
              }
              const v1211 = { "name": v1207, "side": v1210 };
              v1206 = v1211;
            }
            return v1206;
          })();
          if (v1205 === INVALID) {
            if ("move" in v1194) return INVALID;
            v1205 = undefined;
          }
          for (const k in v1194) {
            if (k !== "kind" && k !== "id" && k !== "author" && k !== "date" && k !== "move") return INVALID;
          }
          const v1212 = {};
          v1212["kind"] = v1197;
          v1212["id"] = v1198;
          v1212["author"] = v1201;
          v1212["date"] = v1202;
          if ("move" in v1194) v1212["move"] = v1205;
          v1196 = v1212;
        }
        return v1196;
      })();
      if (v1195 === INVALID) {
        if ("change" in v979) return INVALID;
        v1195 = undefined;
      }
      for (const k in v979) {
        if (k !== "id" && k !== "number" && k !== "label" && k !== "heading" && k !== "kind" && k !== "text" && k !== "responsibility" && k !== "passage" && k !== "origin" && k !== "segments" && k !== "comments" && k !== "status" && k !== "change") return INVALID;
      }
      const v1213 = {};
      v1213["id"] = v980;
      v1213["number"] = v984;
      v1213["label"] = v986;
      v1213["heading"] = v988;
      v1213["kind"] = v989;
      v1213["text"] = v990;
      if ("responsibility" in v979) v1213["responsibility"] = v992;
      if ("passage" in v979) v1213["passage"] = v1076;
      if ("origin" in v979) v1213["origin"] = v1079;
      if ("segments" in v979) v1213["segments"] = v1115;
      if ("comments" in v979) v1213["comments"] = v1147;
      if ("status" in v979) v1213["status"] = v1192;
      if ("change" in v979) v1213["change"] = v1195;
      v977[v978] = v1213;
    }
    const v1214 = typeof v977 === "string" && v977.length > 5000000 ? c1(v977) : v977.length;
    if (v1214 > 5000000) return INVALID;
    for (const k in v964) {
      if (k !== "id" && k !== "number" && k !== "label" && k !== "title" && k !== "parts" && k !== "clauses") return INVALID;
    }
    const v1215 = { "id": v965, "number": v968, "label": v969, "title": v970, "parts": v972, "clauses": v977 };
    v962[v963] = v1215;
  }
  const v1216 = typeof v962 === "string" && v962.length > 5000000 ? c1(v962) : v962.length;
  if (v1216 > 5000000) return INVALID;
  const v1217 = v781["signature"];
  if (!Array.isArray(v1217)) return INVALID;
  if (v1217.length > 5000000) return INVALID;
  const v1218 = new Array(v1217.length);
  for (let v1219 = 0; v1219 < v1217.length; v1219++) {
    const v1220 = v1217[v1219];
    if (typeof v1220 !== "string") return INVALID;
    v1218[v1219] = v1220;
  }
  const v1221 = typeof v1218 === "string" && v1218.length > 5000000 ? c1(v1218) : v1218.length;
  if (v1221 > 5000000) return INVALID;
  const v1222 = v781["annexes"];
  if (!Array.isArray(v1222)) return INVALID;
  if (v1222.length > 5000000) return INVALID;
  const v1223 = new Array(v1222.length);
  for (let v1224 = 0; v1224 < v1222.length; v1224++) {
    const v1225 = v1222[v1224];
    if (typeof v1225 !== "object" || v1225 === null || Array.isArray(v1225)) return INVALID;
    const v1226 = v1225["id"];
    if (typeof v1226 !== "string") return INVALID;
    const v1227 = typeof v1226 === "string" && v1226.length >= 1 && v1226.length < 2 ? c1(v1226) : v1226.length;
    if (v1227 < 1) return INVALID;
    const v1228 = typeof v1226 === "string" && v1226.length > 200 ? c1(v1226) : v1226.length;
    if (v1228 > 200) return INVALID;
    const v1229 = v1225["number"];
    if (typeof v1229 !== "string") return INVALID;
    const v1230 = v1225["label"];
    if (typeof v1230 !== "string") return INVALID;
    const v1231 = v1225["title"];
    if (typeof v1231 !== "string") return INVALID;
    const v1232 = v1225["items"];
    if (!Array.isArray(v1232)) return INVALID;
    if (v1232.length > 5000000) return INVALID;
    const v1233 = new Array(v1232.length);
    for (let v1234 = 0; v1234 < v1232.length; v1234++) {
      const v1235 = v1232[v1234];
      if (typeof v1235 !== "string") return INVALID;
      v1233[v1234] = v1235;
    }
    const v1236 = typeof v1233 === "string" && v1233.length > 5000000 ? c1(v1233) : v1233.length;
    if (v1236 > 5000000) return INVALID;
    const v1237 = v1225["isTomAnnex"];
    if (typeof v1237 !== "boolean") return INVALID;
    const v1238 = v1225["preamble"];
    if (!Array.isArray(v1238)) return INVALID;
    if (v1238.length > 5000000) return INVALID;
    const v1239 = new Array(v1238.length);
    for (let v1240 = 0; v1240 < v1238.length; v1240++) {
      const v1241 = v1238[v1240];
      if (typeof v1241 !== "string") return INVALID;
      v1239[v1240] = v1241;
    }
    const v1242 = typeof v1239 === "string" && v1239.length > 5000000 ? c1(v1239) : v1239.length;
    if (v1242 > 5000000) return INVALID;
    for (const k in v1225) {
      if (k !== "id" && k !== "number" && k !== "label" && k !== "title" && k !== "items" && k !== "isTomAnnex" && k !== "preamble") return INVALID;
    }
    const v1243 = { "id": v1226, "number": v1229, "label": v1230, "title": v1231, "items": v1233, "isTomAnnex": v1237, "preamble": v1239 };
    v1223[v1224] = v1243;
  }
  const v1244 = typeof v1223 === "string" && v1223.length > 5000000 ? c1(v1223) : v1223.length;
  if (v1244 > 5000000) return INVALID;
  const v1245 = v781["toms"];
  if (!Array.isArray(v1245)) return INVALID;
  if (v1245.length > 5000000) return INVALID;
  const v1246 = new Array(v1245.length);
  for (let v1247 = 0; v1247 < v1245.length; v1247++) {
    const v1248 = v1245[v1247];
    if (typeof v1248 !== "object" || v1248 === null || Array.isArray(v1248)) return INVALID;
    const v1249 = v1248["id"];
    if (typeof v1249 !== "string") return INVALID;
    const v1250 = typeof v1249 === "string" && v1249.length >= 1 && v1249.length < 2 ? c1(v1249) : v1249.length;
    if (v1250 < 1) return INVALID;
    const v1251 = typeof v1249 === "string" && v1249.length > 200 ? c1(v1249) : v1249.length;
    if (v1251 > 200) return INVALID;
    const v1252 = v1248["category"];
    if (typeof v1252 !== "object" || v1252 === null || Array.isArray(v1252)) return INVALID;
    const v1253 = v1252["number"];
    if (typeof v1253 !== "string") return INVALID;
    const v1254 = v1252["title"];
    if (typeof v1254 !== "string") return INVALID;
    for (const k in v1252) {
      if (k !== "number" && k !== "title") return INVALID;
    }
    const v1255 = { "number": v1253, "title": v1254 };
    const v1256 = v1248["services"];
    if (!Array.isArray(v1256)) return INVALID;
    if (v1256.length > 5000000) return INVALID;
    const v1257 = new Array(v1256.length);
    for (let v1258 = 0; v1258 < v1256.length; v1258++) {
      const v1259 = v1256[v1258];
      if (typeof v1259 !== "string") return INVALID;
      v1257[v1258] = v1259;
    }
    const v1260 = typeof v1257 === "string" && v1257.length > 5000000 ? c1(v1257) : v1257.length;
    if (v1260 > 5000000) return INVALID;
    const v1261 = v1248["serviceHeading"];
    let v1262 = null;
    if (v1261 !== null) {
      if (typeof v1261 !== "string") return INVALID;
      v1262 = v1261;
    }
    const v1263 = v1248["text"];
    if (typeof v1263 !== "string") return INVALID;
    const v1264 = v1248["responsibility"];
    if (typeof v1264 !== "object" || v1264 === null || Array.isArray(v1264)) return INVALID;
    const v1265 = v1264["party"];
    if (!c12.has(v1265)) return INVALID;
    const v1266 = v1264["cue"];
    let v1267 = null;
    if (v1266 !== null) {
      if (typeof v1266 !== "string") return INVALID;
      v1267 = v1266;
    }
    const v1268 = v1264["source"];
    if (!c13.has(v1268)) return INVALID;
    const v1269 = v1264["reason"];
    const v1270 = v1269?.["kind"];
    let v1271;
    if (v1270 === "cue") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1272 = v1269["kind"];
      if (v1272 !== "cue") return INVALID;
      const v1273 = v1269["cue"];
      if (typeof v1273 !== "string") return INVALID;
      for (const k in v1269) {
        if (k !== "kind" && k !== "cue") return INVALID;
      }
      const v1274 = { "kind": v1272, "cue": v1273 };
      v1271 = v1274;
    }
    else if (v1270 === "both") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1275 = v1269["kind"];
      if (v1275 !== "both") return INVALID;
      const v1276 = v1269["providerCue"];
      if (typeof v1276 !== "string") return INVALID;
      const v1277 = v1269["customerCue"];
      if (typeof v1277 !== "string") return INVALID;
      for (const k in v1269) {
        if (k !== "kind" && k !== "providerCue" && k !== "customerCue") return INVALID;
      }
      const v1278 = { "kind": v1275, "providerCue": v1276, "customerCue": v1277 };
      v1271 = v1278;
    }
    else if (v1270 === "frame") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1279 = v1269["kind"];
      if (v1279 !== "frame") return INVALID;
      const v1280 = v1269["frame"];
      if (typeof v1280 !== "string") return INVALID;
      const v1281 = v1269["scope"];
      if (!c14.has(v1281)) return INVALID;
      const v1282 = v1269["at"];
      let v1283 = (() => {
        let v1284;
        if (v1282 !== undefined) {
          if (typeof v1282 !== "string") return INVALID;
          v1284 = v1282;
        }
        return v1284;
      })();
      if (v1283 === INVALID) {
        if ("at" in v1269) return INVALID;
        v1283 = undefined;
      }
      const v1285 = v1269["conflict"];
      let v1286 = (() => {
        let v1287;
        if (v1285 !== undefined) {
          if (typeof v1285 !== "object" || v1285 === null || Array.isArray(v1285)) return INVALID;
          const v1288 = v1285["party"];
          if (!c15.has(v1288)) return INVALID;
          const v1289 = v1285["frame"];
          if (typeof v1289 !== "string") return INVALID;
          const v1290 = v1285["scope"];
          if (!c14.has(v1290)) return INVALID;
          const v1291 = v1285["at"];
          let v1292 = (() => {
            let v1293;
            if (v1291 !== undefined) {
              if (typeof v1291 !== "string") return INVALID;
              v1293 = v1291;
            }
            return v1293;
          })();
          if (v1292 === INVALID) {
            if ("at" in v1285) return INVALID;
            v1292 = undefined;
          }
          for (const k in v1285) {
            if (k !== "party" && k !== "frame" && k !== "scope" && k !== "at") return INVALID;
          }
          const v1294 = {};
          v1294["party"] = v1288;
          v1294["frame"] = v1289;
          v1294["scope"] = v1290;
          if ("at" in v1285) v1294["at"] = v1292;
          v1287 = v1294;
        }
        return v1287;
      })();
      if (v1286 === INVALID) {
        if ("conflict" in v1269) return INVALID;
        v1286 = undefined;
      }
      for (const k in v1269) {
        if (k !== "kind" && k !== "frame" && k !== "scope" && k !== "at" && k !== "conflict") return INVALID;
      }
      const v1295 = {};
      v1295["kind"] = v1279;
      v1295["frame"] = v1280;
      v1295["scope"] = v1281;
      if ("at" in v1269) v1295["at"] = v1283;
      if ("conflict" in v1269) v1295["conflict"] = v1286;
      v1271 = v1295;
    }
    else if (v1270 === "option") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1296 = v1269["kind"];
      if (v1296 !== "option") return INVALID;
      const v1297 = v1269["cue"];
      if (typeof v1297 !== "string") return INVALID;
      for (const k in v1269) {
        if (k !== "kind" && k !== "cue") return INVALID;
      }
      const v1298 = { "kind": v1296, "cue": v1297 };
      v1271 = v1298;
    }
    else if (v1270 === "none") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1299 = v1269["kind"];
      if (v1299 !== "none") return INVALID;
      for (const k in v1269) {
        if (k !== "kind") return INVALID;
      }
      const v1300 = { "kind": v1299 };
      v1271 = v1300;
    }
    else if (v1270 === "reviewer") {
      if (typeof v1269 !== "object" || v1269 === null || Array.isArray(v1269)) return INVALID;
      const v1301 = v1269["kind"];
      if (v1301 !== "reviewer") return INVALID;
      const v1302 = v1269["note"];
      if (typeof v1302 !== "string") return INVALID;
      const v1303 = v1269["by"];
      if (typeof v1303 !== "string") return INVALID;
      const v1304 = v1269["at"];
      if (typeof v1304 !== "string") return INVALID;
      const v1305 = typeof v1304 === "string" && v1304.length > 64 ? c1(v1304) : v1304.length;
      if (v1305 > 64) return INVALID;
      for (const k in v1269) {
        if (k !== "kind" && k !== "note" && k !== "by" && k !== "at") return INVALID;
      }
      const v1306 = { "kind": v1301, "note": v1302, "by": v1303, "at": v1304 };
      v1271 = v1306;
    }
    else { return INVALID; }
    const v1307 = v1264["cues"];
    if (!Array.isArray(v1307)) return INVALID;
    if (v1307.length > 5000000) return INVALID;
    const v1308 = new Array(v1307.length);
    for (let v1309 = 0; v1309 < v1307.length; v1309++) {
      const v1310 = v1307[v1309];
      if (typeof v1310 !== "object" || v1310 === null || Array.isArray(v1310)) return INVALID;
      const v1311 = v1310["text"];
      if (typeof v1311 !== "string") return INVALID;
      const v1312 = v1310["start"];
      if (typeof v1312 !== "number" || !Number.isFinite(v1312)) return INVALID;
      if (!Number.isSafeInteger(v1312)) return INVALID;
      if (v1312 < 0) return INVALID;
      const v1313 = v1310["party"];
      if (!c12.has(v1313)) return INVALID;
      for (const k in v1310) {
        if (k !== "text" && k !== "start" && k !== "party") return INVALID;
      }
      const v1314 = { "text": v1311, "start": v1312, "party": v1313 };
      v1308[v1309] = v1314;
    }
    const v1315 = typeof v1308 === "string" && v1308.length > 5000000 ? c1(v1308) : v1308.length;
    if (v1315 > 5000000) return INVALID;
    const v1316 = v1264["sentences"];
    if (!Array.isArray(v1316)) return INVALID;
    if (v1316.length > 5000000) return INVALID;
    const v1317 = new Array(v1316.length);
    for (let v1318 = 0; v1318 < v1316.length; v1318++) {
      const v1319 = v1316[v1318];
      if (typeof v1319 !== "object" || v1319 === null || Array.isArray(v1319)) return INVALID;
      const v1320 = v1319["start"];
      if (typeof v1320 !== "number" || !Number.isFinite(v1320)) return INVALID;
      if (!Number.isSafeInteger(v1320)) return INVALID;
      if (v1320 < 0) return INVALID;
      const v1321 = v1319["end"];
      if (typeof v1321 !== "number" || !Number.isFinite(v1321)) return INVALID;
      if (!Number.isSafeInteger(v1321)) return INVALID;
      if (v1321 < 0) return INVALID;
      const v1322 = v1319["party"];
      let v1323 = null;
      if (v1322 !== null) {
        if (!c12.has(v1322)) return INVALID;
        v1323 = v1322;
      }
      const v1324 = v1319["force"];
      if (!c16.has(v1324)) return INVALID;
      const v1325 = v1319["cues"];
      if (!Array.isArray(v1325)) return INVALID;
      if (v1325.length > 5000000) return INVALID;
      const v1326 = new Array(v1325.length);
      for (let v1327 = 0; v1327 < v1325.length; v1327++) {
        const v1328 = v1325[v1327];
        if (typeof v1328 !== "object" || v1328 === null || Array.isArray(v1328)) return INVALID;
        const v1329 = v1328["text"];
        if (typeof v1329 !== "string") return INVALID;
        const v1330 = v1328["start"];
        if (typeof v1330 !== "number" || !Number.isFinite(v1330)) return INVALID;
        if (!Number.isSafeInteger(v1330)) return INVALID;
        if (v1330 < 0) return INVALID;
        const v1331 = v1328["party"];
        if (!c12.has(v1331)) return INVALID;
        for (const k in v1328) {
          if (k !== "text" && k !== "start" && k !== "party") return INVALID;
        }
        const v1332 = { "text": v1329, "start": v1330, "party": v1331 };
        v1326[v1327] = v1332;
      }
      const v1333 = typeof v1326 === "string" && v1326.length > 5000000 ? c1(v1326) : v1326.length;
      if (v1333 > 5000000) return INVALID;
      for (const k in v1319) {
        if (k !== "start" && k !== "end" && k !== "party" && k !== "force" && k !== "cues") return INVALID;
      }
      const v1334 = { "start": v1320, "end": v1321, "party": v1323, "force": v1324, "cues": v1326 };
      v1317[v1318] = v1334;
    }
    const v1335 = typeof v1317 === "string" && v1317.length > 5000000 ? c1(v1317) : v1317.length;
    if (v1335 > 5000000) return INVALID;
    const v1336 = v1264["override"];
    let v1337 = (() => {
      let v1338;
      if (v1336 !== undefined) {
        if (typeof v1336 !== "object" || v1336 === null || Array.isArray(v1336)) return INVALID;
        const v1339 = v1336["from"];
        if (!c12.has(v1339)) return INVALID;
        const v1340 = v1336["by"];
        if (typeof v1340 !== "string") return INVALID;
        const v1341 = v1336["at"];
        if (typeof v1341 !== "string") return INVALID;
        const v1342 = typeof v1341 === "string" && v1341.length > 64 ? c1(v1341) : v1341.length;
        if (v1342 > 64) return INVALID;
        const v1343 = v1336["note"];
        if (typeof v1343 !== "string") return INVALID;
        for (const k in v1336) {
          if (k !== "from" && k !== "by" && k !== "at" && k !== "note") return INVALID;
        }
        const v1344 = { "from": v1339, "by": v1340, "at": v1341, "note": v1343 };
        v1338 = v1344;
      }
      return v1338;
    })();
    if (v1337 === INVALID) {
      if ("override" in v1264) return INVALID;
      v1337 = undefined;
    }
    for (const k in v1264) {
      if (k !== "party" && k !== "cue" && k !== "source" && k !== "reason" && k !== "cues" && k !== "sentences" && k !== "override") return INVALID;
    }
    const v1345 = {};
    v1345["party"] = v1265;
    v1345["cue"] = v1267;
    v1345["source"] = v1268;
    v1345["reason"] = v1271;
    v1345["cues"] = v1308;
    v1345["sentences"] = v1317;
    if ("override" in v1264) v1345["override"] = v1337;
    const v1346 = v1248["origin"];
    let v1347 = (() => {
      let v1348;
      if (v1346 !== undefined) {
        if (typeof v1346 !== "object" || v1346 === null || Array.isArray(v1346)) return INVALID;
        const v1349 = v1346["pieces"];
        if (!Array.isArray(v1349)) return INVALID;
        if (v1349.length > 5000000) return INVALID;
        const v1350 = new Array(v1349.length);
        for (let v1351 = 0; v1351 < v1349.length; v1351++) {
          const v1352 = v1349[v1351];
          let v1353;
          v1353 = (() => {
            if (typeof v1352 !== "object" || v1352 === null || Array.isArray(v1352)) return INVALID;
            const v1354 = v1352["paragraph"];
            if (typeof v1354 !== "number" || !Number.isFinite(v1354)) return INVALID;
            if (!Number.isSafeInteger(v1354)) return INVALID;
            if (v1354 < 0) return INVALID;
            const v1355 = v1352["from"];
            if (typeof v1355 !== "number" || !Number.isFinite(v1355)) return INVALID;
            if (!Number.isSafeInteger(v1355)) return INVALID;
            if (v1355 < 0) return INVALID;
            const v1356 = v1352["to"];
            if (typeof v1356 !== "number" || !Number.isFinite(v1356)) return INVALID;
            if (!Number.isSafeInteger(v1356)) return INVALID;
            if (v1356 < 0) return INVALID;
            for (const k in v1352) {
              if (k !== "paragraph" && k !== "from" && k !== "to") return INVALID;
            }
            const v1357 = { "paragraph": v1354, "from": v1355, "to": v1356 };
            const v1358 = c6(v1357);
            if (v1358 instanceof Promise) c4();
            if (!v1358) return INVALID;
            return v1357;
          })();
          if (v1353 === INVALID) v1353 = (() => {
            if (typeof v1352 !== "object" || v1352 === null || Array.isArray(v1352)) return INVALID;
            const v1359 = v1352["text"];
            if (typeof v1359 !== "string") return INVALID;
            for (const k in v1352) {
              if (k !== "text") return INVALID;
            }
            const v1360 = { "text": v1359 };
            return v1360;
          })();
          if (v1353 === INVALID) return INVALID;
          v1350[v1351] = v1353;
        }
        const v1361 = typeof v1350 === "string" && v1350.length > 5000000 ? c1(v1350) : v1350.length;
        if (v1361 > 5000000) return INVALID;
        const v1362 = v1346["check"];
        if (typeof v1362 !== "string") return INVALID;
        c7.lastIndex = 0;
        if (!c7.test(v1362)) return INVALID;
        const v1363 = v1346["settled"];
        let v1364 = (() => {
          let v1365;
          if (v1363 !== undefined) {
            if (!Array.isArray(v1363)) return INVALID;
            if (v1363.length > 5000000) return INVALID;
            const v1366 = new Array(v1363.length);
            for (let v1367 = 0; v1367 < v1363.length; v1367++) {
              const v1368 = v1363[v1367];
              if (typeof v1368 !== "string") return INVALID;
              const v1369 = typeof v1368 === "string" && v1368.length >= 1 && v1368.length < 2 ? c1(v1368) : v1368.length;
              if (v1369 < 1) return INVALID;
              const v1370 = typeof v1368 === "string" && v1368.length > 200 ? c1(v1368) : v1368.length;
              if (v1370 > 200) return INVALID;
              v1366[v1367] = v1368;
            }
            const v1371 = typeof v1366 === "string" && v1366.length > 5000000 ? c1(v1366) : v1366.length;
            if (v1371 > 5000000) return INVALID;
            v1365 = v1366;
          }
          return v1365;
        })();
        if (v1364 === INVALID) {
          if ("settled" in v1346) return INVALID;
          v1364 = undefined;
        }
        const v1372 = v1346["held"];
        let v1373 = (() => {
          let v1374;
          if (v1372 !== undefined) {
            if (!Array.isArray(v1372)) return INVALID;
            if (v1372.length > 5000000) return INVALID;
            const v1375 = new Array(v1372.length);
            for (let v1376 = 0; v1376 < v1372.length; v1376++) {
              const v1377 = v1372[v1376];
              if (typeof v1377 !== "string") return INVALID;
              const v1378 = typeof v1377 === "string" && v1377.length >= 1 && v1377.length < 2 ? c1(v1377) : v1377.length;
              if (v1378 < 1) return INVALID;
              const v1379 = typeof v1377 === "string" && v1377.length > 200 ? c1(v1377) : v1377.length;
              if (v1379 > 200) return INVALID;
              v1375[v1376] = v1377;
            }
            const v1380 = typeof v1375 === "string" && v1375.length > 5000000 ? c1(v1375) : v1375.length;
            if (v1380 > 5000000) return INVALID;
            v1374 = v1375;
          }
          return v1374;
        })();
        if (v1373 === INVALID) {
          if ("held" in v1346) return INVALID;
          v1373 = undefined;
        }
        for (const k in v1346) {
          if (k !== "pieces" && k !== "check" && k !== "settled" && k !== "held") return INVALID;
        }
        const v1381 = {};
        v1381["pieces"] = v1350;
        v1381["check"] = v1362;
        if ("settled" in v1346) v1381["settled"] = v1364;
        if ("held" in v1346) v1381["held"] = v1373;
        v1348 = v1381;
      }
      return v1348;
    })();
    if (v1347 === INVALID) {
      if ("origin" in v1248) return INVALID;
      v1347 = undefined;
    }
    const v1382 = v1248["segments"];
    let v1383 = (() => {
      let v1384;
      if (v1382 !== undefined) {
        if (!Array.isArray(v1382)) return INVALID;
        if (v1382.length > 5000000) return INVALID;
        const v1385 = new Array(v1382.length);
        for (let v1386 = 0; v1386 < v1382.length; v1386++) {
          const v1387 = v1382[v1386];
          if (typeof v1387 !== "object" || v1387 === null || Array.isArray(v1387)) return INVALID;
          const v1388 = v1387["kind"];
          if (!c0.has(v1388)) return INVALID;
          const v1389 = v1387["text"];
          if (typeof v1389 !== "string") return INVALID;
          const v1390 = v1387["author"];
          let v1391 = (() => {
            let v1392;
            if (v1390 !== undefined) {
              if (typeof v1390 !== "string") return INVALID;
              v1392 = v1390;
            }
            return v1392;
          })();
          if (v1391 === INVALID) {
            if ("author" in v1387) return INVALID;
            v1391 = undefined;
          }
          const v1393 = v1387["date"];
          let v1394 = (() => {
            let v1395;
            if (v1393 !== undefined) {
              if (typeof v1393 !== "string") return INVALID;
              const v1396 = typeof v1393 === "string" && v1393.length > 64 ? c1(v1393) : v1393.length;
              if (v1396 > 64) return INVALID;
              v1395 = v1393;
            }
            return v1395;
          })();
          if (v1394 === INVALID) {
            if ("date" in v1387) return INVALID;
            v1394 = undefined;
          }
          const v1397 = v1387["id"];
          let v1398 = (() => {
            let v1399;
            if (v1397 !== undefined) {
              if (typeof v1397 !== "string") return INVALID;
              const v1400 = typeof v1397 === "string" && v1397.length >= 1 && v1397.length < 2 ? c1(v1397) : v1397.length;
              if (v1400 < 1) return INVALID;
              const v1401 = typeof v1397 === "string" && v1397.length > 200 ? c1(v1397) : v1397.length;
              if (v1401 > 200) return INVALID;
              v1399 = v1397;
            }
            return v1399;
          })();
          if (v1398 === INVALID) {
            if ("id" in v1387) return INVALID;
            v1398 = undefined;
          }
          const v1402 = v1387["move"];
          let v1403 = (() => {
            let v1404;
            if (v1402 !== undefined) {
              if (typeof v1402 !== "object" || v1402 === null || Array.isArray(v1402)) return INVALID;
              const v1405 = v1402["name"];
              if (typeof v1405 !== "string") return INVALID;
              const v1406 = typeof v1405 === "string" && v1405.length >= 1 && v1405.length < 2 ? c1(v1405) : v1405.length;
              if (v1406 < 1) return INVALID;
              const v1407 = typeof v1405 === "string" && v1405.length > 200 ? c1(v1405) : v1405.length;
              if (v1407 > 200) return INVALID;
              const v1408 = v1402["side"];
              if (!c2.has(v1408)) return INVALID;
              for (const k in v1402) {
                if (k !== "name" && k !== "side") return INVALID;
              }
              const v1409 = { "name": v1405, "side": v1408 };
              v1404 = v1409;
            }
            return v1404;
          })();
          if (v1403 === INVALID) {
            if ("move" in v1387) return INVALID;
            v1403 = undefined;
          }
          for (const k in v1387) {
            if (k !== "kind" && k !== "text" && k !== "author" && k !== "date" && k !== "id" && k !== "move") return INVALID;
          }
          const v1410 = {};
          v1410["kind"] = v1388;
          v1410["text"] = v1389;
          if ("author" in v1387) v1410["author"] = v1391;
          if ("date" in v1387) v1410["date"] = v1394;
          if ("id" in v1387) v1410["id"] = v1398;
          if ("move" in v1387) v1410["move"] = v1403;
          const v1411 = c3(v1410);
          if (v1411 instanceof Promise) c4();
          if (!v1411) return INVALID;
          const v1412 = c5(v1410);
          if (v1412 instanceof Promise) c4();
          if (!v1412) return INVALID;
          v1385[v1386] = v1410;
        }
        const v1413 = typeof v1385 === "string" && v1385.length > 5000000 ? c1(v1385) : v1385.length;
        if (v1413 > 5000000) return INVALID;
        v1384 = v1385;
      }
      return v1384;
    })();
    if (v1383 === INVALID) {
      if ("segments" in v1248) return INVALID;
      v1383 = undefined;
    }
    const v1414 = v1248["comments"];
    let v1415 = (() => {
      let v1416;
      if (v1414 !== undefined) {
        if (!Array.isArray(v1414)) return INVALID;
        if (v1414.length > 5000000) return INVALID;
        const v1417 = new Array(v1414.length);
        for (let v1418 = 0; v1418 < v1414.length; v1418++) {
          const v1419 = v1414[v1418];
          if (typeof v1419 !== "object" || v1419 === null || Array.isArray(v1419)) return INVALID;
          const v1420 = v1419["id"];
          if (typeof v1420 !== "string") return INVALID;
          const v1421 = typeof v1420 === "string" && v1420.length >= 1 && v1420.length < 2 ? c1(v1420) : v1420.length;
          if (v1421 < 1) return INVALID;
          const v1422 = typeof v1420 === "string" && v1420.length > 200 ? c1(v1420) : v1420.length;
          if (v1422 > 200) return INVALID;
          const v1423 = v1419["author"];
          if (typeof v1423 !== "string") return INVALID;
          const v1424 = v1419["date"];
          if (typeof v1424 !== "string") return INVALID;
          const v1425 = typeof v1424 === "string" && v1424.length > 64 ? c1(v1424) : v1424.length;
          if (v1425 > 64) return INVALID;
          const v1426 = v1419["text"];
          if (typeof v1426 !== "string") return INVALID;
          const v1427 = v1419["visibility"];
          if (!c18.has(v1427)) return INVALID;
          const v1428 = v1419["resolved"];
          if (typeof v1428 !== "boolean") return INVALID;
          const v1429 = v1419["replies"];
          if (!Array.isArray(v1429)) return INVALID;
          if (v1429.length > 5000000) return INVALID;
          const v1430 = new Array(v1429.length);
          for (let v1431 = 0; v1431 < v1429.length; v1431++) {
            const v1432 = v1429[v1431];
            if (typeof v1432 !== "object" || v1432 === null || Array.isArray(v1432)) return INVALID;
            const v1433 = v1432["id"];
            if (typeof v1433 !== "string") return INVALID;
            const v1434 = typeof v1433 === "string" && v1433.length >= 1 && v1433.length < 2 ? c1(v1433) : v1433.length;
            if (v1434 < 1) return INVALID;
            const v1435 = typeof v1433 === "string" && v1433.length > 200 ? c1(v1433) : v1433.length;
            if (v1435 > 200) return INVALID;
            const v1436 = v1432["author"];
            if (typeof v1436 !== "string") return INVALID;
            const v1437 = v1432["date"];
            if (typeof v1437 !== "string") return INVALID;
            const v1438 = typeof v1437 === "string" && v1437.length > 64 ? c1(v1437) : v1437.length;
            if (v1438 > 64) return INVALID;
            const v1439 = v1432["text"];
            if (typeof v1439 !== "string") return INVALID;
            const v1440 = v1432["editedAt"];
            let v1441 = (() => {
              let v1442;
              if (v1440 !== undefined) {
                if (typeof v1440 !== "string") return INVALID;
                const v1443 = typeof v1440 === "string" && v1440.length > 64 ? c1(v1440) : v1440.length;
                if (v1443 > 64) return INVALID;
                v1442 = v1440;
              }
              return v1442;
            })();
            if (v1441 === INVALID) {
              if ("editedAt" in v1432) return INVALID;
              v1441 = undefined;
            }
            for (const k in v1432) {
              if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "editedAt") return INVALID;
            }
            const v1444 = {};
            v1444["id"] = v1433;
            v1444["author"] = v1436;
            v1444["date"] = v1437;
            v1444["text"] = v1439;
            if ("editedAt" in v1432) v1444["editedAt"] = v1441;
            v1430[v1431] = v1444;
          }
          const v1445 = typeof v1430 === "string" && v1430.length > 5000000 ? c1(v1430) : v1430.length;
          if (v1445 > 5000000) return INVALID;
          const v1446 = v1419["anchor"];
          let v1447 = (() => {
            let v1448;
            if (v1446 !== undefined) {
              if (typeof v1446 !== "object" || v1446 === null || Array.isArray(v1446)) return INVALID;
              const v1449 = v1446["start"];
              if (typeof v1449 !== "number" || !Number.isFinite(v1449)) return INVALID;
              if (!Number.isSafeInteger(v1449)) return INVALID;
              if (v1449 < 0) return INVALID;
              const v1450 = v1446["end"];
              if (typeof v1450 !== "number" || !Number.isFinite(v1450)) return INVALID;
              if (!Number.isSafeInteger(v1450)) return INVALID;
              if (v1450 < 0) return INVALID;
              const v1451 = v1446["quote"];
              if (typeof v1451 !== "string") return INVALID;
              for (const k in v1446) {
                if (k !== "start" && k !== "end" && k !== "quote") return INVALID;
              }
              const v1452 = { "start": v1449, "end": v1450, "quote": v1451 };
              v1448 = v1452;
            }
            return v1448;
          })();
          if (v1447 === INVALID) {
            if ("anchor" in v1419) return INVALID;
            v1447 = undefined;
          }
          const v1453 = v1419["editedAt"];
          let v1454 = (() => {
            let v1455;
            if (v1453 !== undefined) {
              if (typeof v1453 !== "string") return INVALID;
              const v1456 = typeof v1453 === "string" && v1453.length > 64 ? c1(v1453) : v1453.length;
              if (v1456 > 64) return INVALID;
              v1455 = v1453;
            }
            return v1455;
          })();
          if (v1454 === INVALID) {
            if ("editedAt" in v1419) return INVALID;
            v1454 = undefined;
          }
          for (const k in v1419) {
            if (k !== "id" && k !== "author" && k !== "date" && k !== "text" && k !== "visibility" && k !== "resolved" && k !== "replies" && k !== "anchor" && k !== "editedAt") return INVALID;
          }
          const v1457 = {};
          v1457["id"] = v1420;
          v1457["author"] = v1423;
          v1457["date"] = v1424;
          v1457["text"] = v1426;
          v1457["visibility"] = v1427;
          v1457["resolved"] = v1428;
          v1457["replies"] = v1430;
          if ("anchor" in v1419) v1457["anchor"] = v1447;
          if ("editedAt" in v1419) v1457["editedAt"] = v1454;
          v1417[v1418] = v1457;
        }
        const v1458 = typeof v1417 === "string" && v1417.length > 5000000 ? c1(v1417) : v1417.length;
        if (v1458 > 5000000) return INVALID;
        v1416 = v1417;
      }
      return v1416;
    })();
    if (v1415 === INVALID) {
      if ("comments" in v1248) return INVALID;
      v1415 = undefined;
    }
    const v1459 = v1248["status"];
    let v1460 = (() => {
      let v1461;
      if (v1459 !== undefined) {
        if (!c19.has(v1459)) return INVALID;
        v1461 = v1459;
      }
      return v1461;
    })();
    if (v1460 === INVALID) {
      if ("status" in v1248) return INVALID;
      v1460 = undefined;
    }
    const v1462 = v1248["change"];
    let v1463 = (() => {
      let v1464;
      if (v1462 !== undefined) {
        if (typeof v1462 !== "object" || v1462 === null || Array.isArray(v1462)) return INVALID;
        const v1465 = v1462["kind"];
        if (!c20.has(v1465)) return INVALID;
        const v1466 = v1462["id"];
        if (typeof v1466 !== "string") return INVALID;
        const v1467 = typeof v1466 === "string" && v1466.length >= 1 && v1466.length < 2 ? c1(v1466) : v1466.length;
        if (v1467 < 1) return INVALID;
        const v1468 = typeof v1466 === "string" && v1466.length > 200 ? c1(v1466) : v1466.length;
        if (v1468 > 200) return INVALID;
        const v1469 = v1462["author"];
        if (typeof v1469 !== "string") return INVALID;
        const v1470 = v1462["date"];
        if (typeof v1470 !== "string") return INVALID;
        const v1471 = typeof v1470 === "string" && v1470.length > 64 ? c1(v1470) : v1470.length;
        if (v1471 > 64) return INVALID;
        const v1472 = v1462["move"];
        let v1473 = (() => {
          let v1474;
          if (v1472 !== undefined) {
            if (typeof v1472 !== "object" || v1472 === null || Array.isArray(v1472)) return INVALID;
            const v1475 = v1472["name"];
            if (typeof v1475 !== "string") return INVALID;
            const v1476 = typeof v1475 === "string" && v1475.length >= 1 && v1475.length < 2 ? c1(v1475) : v1475.length;
            if (v1476 < 1) return INVALID;
            const v1477 = typeof v1475 === "string" && v1475.length > 200 ? c1(v1475) : v1475.length;
            if (v1477 > 200) return INVALID;
            const v1478 = v1472["side"];
            if (!c2.has(v1478)) return INVALID;
            for (const k in v1472) {
              if (k !== "name" && k !== "side") return INVALID;
            }
            const v1479 = { "name": v1475, "side": v1478 };
            v1474 = v1479;
          }
          return v1474;
        })();
        if (v1473 === INVALID) {
          if ("move" in v1462) return INVALID;
          v1473 = undefined;
        }
        for (const k in v1462) {
          if (k !== "kind" && k !== "id" && k !== "author" && k !== "date" && k !== "move") return INVALID;
        }
        const v1480 = {};
        v1480["kind"] = v1465;
        v1480["id"] = v1466;
        v1480["author"] = v1469;
        v1480["date"] = v1470;
        if ("move" in v1462) v1480["move"] = v1473;
        v1464 = v1480;
      }
      return v1464;
    })();
    if (v1463 === INVALID) {
      if ("change" in v1248) return INVALID;
      v1463 = undefined;
    }
    for (const k in v1248) {
      if (k !== "id" && k !== "category" && k !== "services" && k !== "serviceHeading" && k !== "text" && k !== "responsibility" && k !== "origin" && k !== "segments" && k !== "comments" && k !== "status" && k !== "change") return INVALID;
    }
    const v1481 = {};
    v1481["id"] = v1249;
    v1481["category"] = v1255;
    v1481["services"] = v1257;
    v1481["serviceHeading"] = v1262;
    v1481["text"] = v1263;
    v1481["responsibility"] = v1345;
    if ("origin" in v1248) v1481["origin"] = v1347;
    if ("segments" in v1248) v1481["segments"] = v1383;
    if ("comments" in v1248) v1481["comments"] = v1415;
    if ("status" in v1248) v1481["status"] = v1460;
    if ("change" in v1248) v1481["change"] = v1463;
    v1246[v1247] = v1481;
  }
  const v1482 = typeof v1246 === "string" && v1246.length > 5000000 ? c1(v1246) : v1246.length;
  if (v1482 > 5000000) return INVALID;
  for (const k in v781) {
    if (k !== "title" && k !== "reading" && k !== "date" && k !== "dateSegments" && k !== "dateOrigin" && k !== "language" && k !== "parties" && k !== "preamble" && k !== "sections" && k !== "signature" && k !== "annexes" && k !== "toms") return INVALID;
  }
  const v1483 = {};
  v1483["title"] = v782;
  if ("reading" in v781) v1483["reading"] = v784;
  v1483["date"] = v787;
  if ("dateSegments" in v781) v1483["dateSegments"] = v789;
  if ("dateOrigin" in v781) v1483["dateOrigin"] = v821;
  v1483["language"] = v856;
  v1483["parties"] = v858;
  v1483["preamble"] = v957;
  v1483["sections"] = v962;
  v1483["signature"] = v1218;
  v1483["annexes"] = v1223;
  v1483["toms"] = v1246;
  const v1484 = v773["decisions"];
  if (!Array.isArray(v1484)) return INVALID;
  if (v1484.length > 5000000) return INVALID;
  const v1485 = new Array(v1484.length);
  for (let v1486 = 0; v1486 < v1484.length; v1486++) {
    const v1487 = v1484[v1486];
    const v1488 = v1487?.["action"];
    let v1489;
    if (v1488 === "accept" || v1488 === "reject") {
      if (typeof v1487 !== "object" || v1487 === null || Array.isArray(v1487)) return INVALID;
      const v1490 = v1487["id"];
      if (typeof v1490 !== "string") return INVALID;
      const v1491 = typeof v1490 === "string" && v1490.length >= 1 && v1490.length < 2 ? c1(v1490) : v1490.length;
      if (v1491 < 1) return INVALID;
      const v1492 = typeof v1490 === "string" && v1490.length > 200 ? c1(v1490) : v1490.length;
      if (v1492 > 200) return INVALID;
      const v1493 = v1487["by"];
      if (typeof v1493 !== "string") return INVALID;
      const v1494 = v1487["at"];
      if (typeof v1494 !== "string") return INVALID;
      const v1495 = typeof v1494 === "string" && v1494.length > 64 ? c1(v1494) : v1494.length;
      if (v1495 > 64) return INVALID;
      const v1496 = v1487["rationale"];
      if (typeof v1496 !== "string") return INVALID;
      const v1497 = v1487["target"];
      if (typeof v1497 !== "object" || v1497 === null || Array.isArray(v1497)) return INVALID;
      const v1498 = v1497["kind"];
      if (!c24.has(v1498)) return INVALID;
      const v1499 = v1497["id"];
      if (typeof v1499 !== "string") return INVALID;
      const v1500 = typeof v1499 === "string" && v1499.length >= 1 && v1499.length < 2 ? c1(v1499) : v1499.length;
      if (v1500 < 1) return INVALID;
      const v1501 = typeof v1499 === "string" && v1499.length > 200 ? c1(v1499) : v1499.length;
      if (v1501 > 200) return INVALID;
      for (const k in v1497) {
        if (k !== "kind" && k !== "id") return INVALID;
      }
      const v1502 = { "kind": v1498, "id": v1499 };
      const v1503 = v1487["action"];
      if (!c25.has(v1503)) return INVALID;
      const v1504 = v1487["change"];
      if (typeof v1504 !== "object" || v1504 === null || Array.isArray(v1504)) return INVALID;
      const v1505 = v1504["id"];
      if (typeof v1505 !== "string") return INVALID;
      const v1506 = typeof v1505 === "string" && v1505.length >= 1 && v1505.length < 2 ? c1(v1505) : v1505.length;
      if (v1506 < 1) return INVALID;
      const v1507 = typeof v1505 === "string" && v1505.length > 200 ? c1(v1505) : v1505.length;
      if (v1507 > 200) return INVALID;
      const v1508 = v1504["kind"];
      if (!c26.has(v1508)) return INVALID;
      const v1509 = v1504["author"];
      if (typeof v1509 !== "string") return INVALID;
      const v1510 = v1504["date"];
      if (typeof v1510 !== "string") return INVALID;
      const v1511 = typeof v1510 === "string" && v1510.length > 64 ? c1(v1510) : v1510.length;
      if (v1511 > 64) return INVALID;
      const v1512 = v1504["text"];
      if (typeof v1512 !== "string") return INVALID;
      const v1513 = v1504["whole"];
      if (typeof v1513 !== "boolean") return INVALID;
      for (const k in v1504) {
        if (k !== "id" && k !== "kind" && k !== "author" && k !== "date" && k !== "text" && k !== "whole") return INVALID;
      }
      const v1514 = { "id": v1505, "kind": v1508, "author": v1509, "date": v1510, "text": v1512, "whole": v1513 };
      const v1515 = v1487["answer"];
      let v1516 = (() => {
        let v1517;
        if (v1515 !== undefined) {
          if (typeof v1515 !== "string") return INVALID;
          v1517 = v1515;
        }
        return v1517;
      })();
      if (v1516 === INVALID) {
        if ("answer" in v1487) return INVALID;
        v1516 = undefined;
      }
      for (const k in v1487) {
        if (k !== "id" && k !== "by" && k !== "at" && k !== "rationale" && k !== "target" && k !== "action" && k !== "change" && k !== "answer") return INVALID;
      }
      const v1518 = {};
      v1518["id"] = v1490;
      v1518["by"] = v1493;
      v1518["at"] = v1494;
      v1518["rationale"] = v1496;
      v1518["target"] = v1502;
      v1518["action"] = v1503;
      v1518["change"] = v1514;
      if ("answer" in v1487) v1518["answer"] = v1516;
      v1489 = v1518;
    }
    else if (v1488 === "override" || v1488 === "reset") {
      if (typeof v1487 !== "object" || v1487 === null || Array.isArray(v1487)) return INVALID;
      const v1519 = v1487["id"];
      if (typeof v1519 !== "string") return INVALID;
      const v1520 = typeof v1519 === "string" && v1519.length >= 1 && v1519.length < 2 ? c1(v1519) : v1519.length;
      if (v1520 < 1) return INVALID;
      const v1521 = typeof v1519 === "string" && v1519.length > 200 ? c1(v1519) : v1519.length;
      if (v1521 > 200) return INVALID;
      const v1522 = v1487["by"];
      if (typeof v1522 !== "string") return INVALID;
      const v1523 = v1487["at"];
      if (typeof v1523 !== "string") return INVALID;
      const v1524 = typeof v1523 === "string" && v1523.length > 64 ? c1(v1523) : v1523.length;
      if (v1524 > 64) return INVALID;
      const v1525 = v1487["rationale"];
      if (typeof v1525 !== "string") return INVALID;
      const v1526 = v1487["target"];
      if (typeof v1526 !== "object" || v1526 === null || Array.isArray(v1526)) return INVALID;
      const v1527 = v1526["kind"];
      if (!c24.has(v1527)) return INVALID;
      const v1528 = v1526["id"];
      if (typeof v1528 !== "string") return INVALID;
      const v1529 = typeof v1528 === "string" && v1528.length >= 1 && v1528.length < 2 ? c1(v1528) : v1528.length;
      if (v1529 < 1) return INVALID;
      const v1530 = typeof v1528 === "string" && v1528.length > 200 ? c1(v1528) : v1528.length;
      if (v1530 > 200) return INVALID;
      for (const k in v1526) {
        if (k !== "kind" && k !== "id") return INVALID;
      }
      const v1531 = { "kind": v1527, "id": v1528 };
      const v1532 = v1487["action"];
      if (!c27.has(v1532)) return INVALID;
      const v1533 = v1487["from"];
      if (!c12.has(v1533)) return INVALID;
      const v1534 = v1487["to"];
      if (!c12.has(v1534)) return INVALID;
      for (const k in v1487) {
        if (k !== "id" && k !== "by" && k !== "at" && k !== "rationale" && k !== "target" && k !== "action" && k !== "from" && k !== "to") return INVALID;
      }
      const v1535 = { "id": v1519, "by": v1522, "at": v1523, "rationale": v1525, "target": v1531, "action": v1532, "from": v1533, "to": v1534 };
      v1489 = v1535;
    }
    else { return INVALID; }
    v1485[v1486] = v1489;
  }
  const v1536 = typeof v1485 === "string" && v1485.length > 5000000 ? c1(v1485) : v1485.length;
  if (v1536 > 5000000) return INVALID;
  for (const k in v773) {
    if (k !== "id" && k !== "name" && k !== "author" && k !== "date" && k !== "contract" && k !== "decisions") return INVALID;
  }
  const v1537 = { "id": v774, "name": v777, "author": v778, "date": v779, "contract": v1483, "decisions": v1485 };
  v771[v772] = v1537;
}
const v1538 = typeof v771 === "string" && v771.length > 1000 ? c1(v771) : v771.length;
if (v1538 > 1000) return INVALID;
const v1539 = input["checklist"];
if (!Array.isArray(v1539)) return INVALID;
if (v1539.length > 5000000) return INVALID;
const v1540 = new Array(v1539.length);
for (let v1541 = 0; v1541 < v1539.length; v1541++) {
  const v1542 = v1539[v1541];
  if (typeof v1542 !== "object" || v1542 === null || Array.isArray(v1542)) return INVALID;
  const v1543 = v1542["itemId"];
  if (typeof v1543 !== "string") return INVALID;
  const v1544 = typeof v1543 === "string" && v1543.length >= 1 && v1543.length < 2 ? c1(v1543) : v1543.length;
  if (v1544 < 1) return INVALID;
  const v1545 = typeof v1543 === "string" && v1543.length > 200 ? c1(v1543) : v1543.length;
  if (v1545 > 200) return INVALID;
  const v1546 = v1542["status"];
  if (!c28.has(v1546)) return INVALID;
  const v1547 = v1542["note"];
  if (typeof v1547 !== "string") return INVALID;
  const v1548 = v1542["by"];
  if (typeof v1548 !== "string") return INVALID;
  const v1549 = v1542["at"];
  if (typeof v1549 !== "string") return INVALID;
  const v1550 = typeof v1549 === "string" && v1549.length > 64 ? c1(v1549) : v1549.length;
  if (v1550 > 64) return INVALID;
  for (const k in v1542) {
    if (k !== "itemId" && k !== "status" && k !== "note" && k !== "by" && k !== "at") return INVALID;
  }
  const v1551 = { "itemId": v1543, "status": v1546, "note": v1547, "by": v1548, "at": v1549 };
  v1540[v1541] = v1551;
}
const v1552 = typeof v1540 === "string" && v1540.length > 5000000 ? c1(v1540) : v1540.length;
if (v1552 > 5000000) return INVALID;
const v1553 = input["createdAt"];
if (typeof v1553 !== "string") return INVALID;
const v1554 = typeof v1553 === "string" && v1553.length > 64 ? c1(v1553) : v1553.length;
if (v1554 > 64) return INVALID;
const v1555 = input["updatedAt"];
if (typeof v1555 !== "string") return INVALID;
const v1556 = typeof v1555 === "string" && v1555.length > 64 ? c1(v1555) : v1555.length;
if (v1556 > 64) return INVALID;
for (const k in input) {
  if (k !== "format" && k !== "version" && k !== "contract" && k !== "source" && k !== "decisions" && k !== "versions" && k !== "checklist" && k !== "createdAt" && k !== "updatedAt") return INVALID;
}
const v1557 = { "format": v0, "version": v1, "contract": v704, "source": v716, "decisions": v718, "versions": v771, "checklist": v1540, "createdAt": v1553, "updatedAt": v1555 };
return v1557;
}
