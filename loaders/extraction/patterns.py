"""Rules of the genre: how local bodies, posts and collective groups are named (reference data, no corpus facts).

All patterns are written on folded text (lower-case, no accents; see vntext.fold), so both tone-mark
placements and any Unicode form match the same way.
"""

from __future__ import annotations

# Party committees and people's councils / committees of a locality: (folded phrase, kind, level, display)
COMMITTEES: list[tuple[str, str, str, str]] = [
    ("tinh uy", "tinh-uy", "tinh", "Tỉnh ủy"),
    ("thanh uy", "thanh-uy", "tinh", "Thành ủy"),  # level fixed below when the city is not centrally run
    ("huyen uy", "huyen-uy", "huyen", "Huyện ủy"),
    ("thi uy", "thi-uy", "huyen", "Thị ủy"),
    ("quan uy", "quan-uy", "huyen", "Quận ủy"),
    ("dang uy xa", "dang-uy-xa", "co-so", "Đảng ủy xã"),
    ("dang uy phuong", "dang-uy-phuong", "co-so", "Đảng ủy phường"),
    ("uy ban nhan dan tinh", "ubnd-tinh", "tinh", "Ủy ban nhân dân tỉnh"),
    ("uy ban nhan dan thanh pho", "ubnd-thanh-pho", "tinh", "Ủy ban nhân dân thành phố"),
    ("uy ban nhan dan huyen", "ubnd-huyen", "huyen", "Ủy ban nhân dân huyện"),
    ("ubnd tinh", "ubnd-tinh", "tinh", "Ủy ban nhân dân tỉnh"),
    ("ubnd thanh pho", "ubnd-thanh-pho", "tinh", "Ủy ban nhân dân thành phố"),
    ("ubnd huyen", "ubnd-huyen", "huyen", "Ủy ban nhân dân huyện"),
    ("uy ban nhan dan quan", "ubnd-huyen", "huyen", "Ủy ban nhân dân quận"),
    ("uy ban nhan dan thi xa", "ubnd-huyen", "huyen", "Ủy ban nhân dân thị xã"),
    ("ubnd quan", "ubnd-huyen", "huyen", "Ủy ban nhân dân quận"),
    ("ubnd thi xa", "ubnd-huyen", "huyen", "Ủy ban nhân dân thị xã"),
    ("hoi dong nhan dan tinh", "hdnd-tinh", "tinh", "Hội đồng nhân dân tỉnh"),
    ("hdnd tinh", "hdnd-tinh", "tinh", "Hội đồng nhân dân tỉnh"),
    ("hoi dong nhan dan huyen", "hdnd-huyen", "huyen", "Hội đồng nhân dân huyện"),
    # the provincial Party committees formed in 2025 under a Tỉnh ủy or Thành ủy
    ("dang uy mat tran to quoc, cac doan the tinh", "dang-uy-mttq-tinh", "tinh",
     "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"),
    ("dang uy mat tran to quoc, cac doan the thanh pho", "dang-uy-mttq-tinh", "tinh",
     "Đảng ủy Mặt trận Tổ quốc, các đoàn thể thành phố"),
    ("dang uy cac co quan dang tinh", "dang-uy-co-quan-dang-tinh", "tinh", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("dang uy cac co quan dang thanh pho", "dang-uy-co-quan-dang-tinh", "tinh",
     "Đảng ủy các cơ quan Đảng thành phố"),
    # the Fatherland Front of a province
    ("uy ban mat tran to quoc viet nam tinh", "mttq-tinh", "tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("uy ban mat tran to quoc viet nam thanh pho", "mttq-tinh", "tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    ("uy ban mat tran to quoc tinh", "mttq-tinh", "tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("uy ban mttq viet nam tinh", "mttq-tinh", "tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("uy ban mttq tinh", "mttq-tinh", "tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    # the commune level, the only one below the province since 1 July 2025 (xã, phường, đặc khu)
    ("uy ban nhan dan xa", "ubnd-xa", "co-so", "Ủy ban nhân dân xã"),
    ("uy ban nhan dan phuong", "ubnd-xa", "co-so", "Ủy ban nhân dân phường"),
    ("uy ban nhan dan dac khu", "ubnd-xa", "co-so", "Ủy ban nhân dân đặc khu"),
    ("uy ban nhan dan thi tran", "ubnd-xa", "co-so", "Ủy ban nhân dân thị trấn"),
    ("ubnd xa", "ubnd-xa", "co-so", "Ủy ban nhân dân xã"),
    ("ubnd phuong", "ubnd-xa", "co-so", "Ủy ban nhân dân phường"),
    ("ubnd dac khu", "ubnd-xa", "co-so", "Ủy ban nhân dân đặc khu"),
    ("ubnd thi tran", "ubnd-xa", "co-so", "Ủy ban nhân dân thị trấn"),
]

# Units of a committee: "Ban Tuyên giáo" + "Tỉnh ủy Nghệ An". (folded, kind, display)
UNITS: list[tuple[str, str, str]] = [
    ("ban thuong vu", "ban-thuong-vu", "Ban Thường vụ"),
    ("thuong truc", "thuong-truc", "Thường trực"),
    ("ban tuyen giao va dan van", "ban-dang", "Ban Tuyên giáo và Dân vận"),
    ("ban tuyen giao", "ban-dang", "Ban Tuyên giáo"),
    ("ban to chuc", "ban-dang", "Ban Tổ chức"),
    ("ban dan van", "ban-dang", "Ban Dân vận"),
    ("ban noi chinh", "ban-dang", "Ban Nội chính"),
    ("uy ban kiem tra", "ban-dang", "Ủy ban Kiểm tra"),
    ("van phong", "van-phong", "Văn phòng"),
    ("ban can su dang", "ban-can-su", "Ban cán sự đảng"),
    ("bcs dang", "ban-can-su", "Ban cán sự đảng"),
    ("dang doan", "dang-doan", "Đảng đoàn"),
]

# Post titles, longest first; a post is a title followed by a body ("Bộ trưởng Bộ Công an").
POST_TITLES: list[tuple[str, str]] = [
    ("pho truong", "Phó Trưởng"),  # + "Ban …": Phó Trưởng Ban Chỉ đạo
    ("truong", "Trưởng"),  # + "Ban …": Trưởng Ban Tuyên giáo Trung ương
    ("pho thu tuong", "Phó Thủ tướng"),
    ("thu tuong", "Thủ tướng"),
    ("bo truong", "Bộ trưởng"),
    ("thu truong", "Thứ trưởng"),
    ("pho chu tich", "Phó Chủ tịch"),
    ("chu tich", "Chủ tịch"),
    ("pho bi thu", "Phó Bí thư"),
    ("bi thu", "Bí thư"),
    ("pho chanh", "Phó Chánh"),  # + "Văn phòng …": Phó Chánh Văn phòng Tỉnh ủy
    ("chanh", "Chánh"),  # + "Văn phòng …" or "Thanh tra …"
    ("pho giam doc", "Phó Giám đốc"),
    ("giam doc", "Giám đốc"),
    ("thuong truc", "Thường trực"),
    ("chu nhiem", "Chủ nhiệm"),
    ("thong doc", "Thống đốc"),
    ("tong kiem toan", "Tổng Kiểm toán"),
    ("chanh an", "Chánh án"),
    ("vien truong", "Viện trưởng"),
    ("pho tong cuc truong", "Phó Tổng cục trưởng"),  # + their own unit: "Cục trưởng Cục …", "Vụ trưởng Vụ …"
    ("tong cuc truong", "Tổng cục trưởng"),
    ("pho cuc truong", "Phó Cục trưởng"),
    ("cuc truong", "Cục trưởng"),
    ("pho vu truong", "Phó Vụ trưởng"),
    ("vu truong", "Vụ trưởng"),
    ("tong thanh tra", "Tổng Thanh tra"),
]

# Posts named without a body, and the body they belong to (authority keys).
STANDALONE_POSTS: list[tuple[str, str, str]] = [
    ("tong bi thu", "Tổng Bí thư", "ban-chap-hanh-trung-uong"),
    ("thuong truc ban bi thu", "Thường trực Ban Bí thư", "ban-bi-thu"),
    ("chu tich nuoc", "Chủ tịch nước", "quoc-hoi"),
]

# Collective addressees: (folded phrase, kind it covers, display). Matched only where no specific body is.
GROUP_KINDS: list[tuple[str, str, str]] = [
    ("cac cap uy, to chuc dang", "cap-uy", "các cấp ủy, tổ chức đảng"),
    ("cap uy dang", "cap-uy", "các cấp ủy đảng"),
    ("cap uy", "cap-uy", "các cấp ủy"),
    ("to chuc dang", "to-chuc-dang", "tổ chức đảng"),
    ("to chuc co so dang", "to-chuc-co-so-dang", "tổ chức cơ sở đảng"),
    ("tinh uy", "tinh-uy", "tỉnh ủy"),
    ("thanh uy", "thanh-uy", "thành ủy"),
    ("huyen uy", "huyen-uy", "huyện ủy"),
    ("thi uy", "thi-uy", "thị ủy"),
    ("huyen, thi, thanh uy", "huyen-uy", "huyện, thị, thành ủy"),
    ("van phong tinh uy, thanh uy", "van-phong-tinh-uy", "văn phòng tỉnh ủy, thành ủy"),
    ("van phong cap uy", "van-phong-cap-uy", "văn phòng cấp ủy"),
    ("van phong tinh uy", "van-phong-tinh-uy", "văn phòng tỉnh ủy"),
    ("ban dang", "ban-dang", "ban đảng"),
    ("ban can su dang", "ban-can-su", "ban cán sự đảng"),
    ("dang doan", "dang-doan", "đảng đoàn"),
    ("dang uy truc thuoc trung uong", "dang-uy-truc-thuoc-tw", "đảng ủy trực thuộc Trung ương"),
    ("dang uy truc thuoc tinh uy", "dang-uy-truc-thuoc", "đảng ủy trực thuộc Tỉnh ủy"),
    ("dang uy truc thuoc", "dang-uy-truc-thuoc", "đảng ủy trực thuộc"),
    ("dang uy don vi su nghiep trung uong", "dang-uy-truc-thuoc-tw", "đảng ủy đơn vị sự nghiệp Trung ương"),
    ("to chuc chinh tri - xa hoi", "to-chuc-ctxh", "tổ chức chính trị - xã hội"),
    ("to chuc chinh tri xa hoi", "to-chuc-ctxh", "tổ chức chính trị - xã hội"),
    ("doan the chinh tri - xa hoi", "to-chuc-ctxh", "đoàn thể chính trị - xã hội"),
    ("doan the chinh tri xa hoi", "to-chuc-ctxh", "đoàn thể chính trị - xã hội"),
    ("doan the", "to-chuc-ctxh", "đoàn thể"),
    ("hoi quan chung", "hoi-quan-chung", "hội quần chúng"),
    ("chinh quyen cac cap", "chinh-quyen", "chính quyền các cấp"),
    # People's Committees and Councils as a class ("Ủy ban nhân dân các tỉnh, thành phố", "UBND cấp tỉnh")
    ("uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", "ubnd-tinh",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("uy ban nhan dan cac tinh, thanh pho", "ubnd-tinh", "Ủy ban nhân dân các tỉnh, thành phố"),
    # "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" without "các": still every province's
    *((f"{head}{council} tinh, thanh pho truc thuoc trung uong", kind,
       f"{written}Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương")
      for council in ("uy ban nhan dan", "ubnd")
      for head, kind, written in (("", "ubnd-tinh", ""), ("chu tich ", "chu-tich-ubnd-tinh", "Chủ tịch "))),
    ("ubnd cac tinh, thanh pho truc thuoc trung uong", "ubnd-tinh",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("ubnd cac tinh, thanh pho", "ubnd-tinh", "Ủy ban nhân dân các tỉnh, thành phố"),
    ("uy ban nhan dan cac tinh", "ubnd-tinh", "Ủy ban nhân dân các tỉnh"),
    ("ubnd cac tinh", "ubnd-tinh", "Ủy ban nhân dân các tỉnh"),
    ("uy ban nhan dan cap tinh", "ubnd-tinh", "Ủy ban nhân dân cấp tỉnh"),
    ("ubnd cap tinh", "ubnd-tinh", "Ủy ban nhân dân cấp tỉnh"),
    # the council's own organs and members, as every resolution of a Hội đồng nhân dân names them at its end
    *((f"{each}{organ} {council}{level}", kind, f"{written} Hội đồng nhân dân{shown}")
      for each, organ, kind, written in (("cac ", "ban", "ban-hdnd", "các Ban"),
                                         ("cac ", "ban cua", "ban-hdnd", "các Ban của"),
                                         ("cac ", "to dai bieu", "to-dai-bieu-hdnd", "các Tổ đại biểu"),
                                         ("", "dai bieu", "dai-bieu-hdnd", "đại biểu"),
                                         ("cac ", "dai bieu", "dai-bieu-hdnd", "các đại biểu"))
      for council in ("hoi dong nhan dan", "hdnd")
      for level, shown in (("", ""), (" tinh", " tỉnh"), (" huyen", " huyện"), (" cac cap", " các cấp"))),
    # "UBND huyện, thành phố" with no name after it: each district's committee, a class
    *((f"{council} {each}huyen, {towns}", "ubnd-huyen", f"Ủy ban nhân dân các huyện, {written}")
      for council in ("uy ban nhan dan", "ubnd") for each in ("", "cac ")
      for towns, written in (("thi xa, thanh pho", "thị xã, thành phố"), ("thanh pho", "thành phố"),
                             ("thi xa", "thị xã"))),
    *((f"chu tich {council} {each}huyen, {towns}", "chu-tich-ubnd-huyen",
       f"Chủ tịch Ủy ban nhân dân các huyện, {written}")
      for council in ("uy ban nhan dan", "ubnd") for each in ("", "cac ")
      for towns, written in (("thi xa, thanh pho", "thị xã, thành phố"), ("thanh pho", "thành phố"),
                             ("thi xa", "thị xã"))),
    ("uy ban nhan dan cac huyen", "ubnd-huyen", "Ủy ban nhân dân các huyện"),
    ("ubnd cac huyen", "ubnd-huyen", "Ủy ban nhân dân các huyện"),
    ("uy ban nhan dan cap huyen", "ubnd-huyen", "Ủy ban nhân dân cấp huyện"),
    ("ubnd cap huyen", "ubnd-huyen", "Ủy ban nhân dân cấp huyện"),
    # the commune level since 2025 (xã, phường, đặc khu), in either order
    *((f"{council} cac {places}", "ubnd-xa", f"Ủy ban nhân dân các {written}")
      for council in ("uy ban nhan dan", "ubnd")
      for places, written in (("xa, phuong, dac khu", "xã, phường, đặc khu"), ("xa, phuong, thi tran", "xã, phường, thị trấn"),
                              ("xa, phuong", "xã, phường"), ("phuong, xa, dac khu", "phường, xã, đặc khu"),
                              ("phuong, xa", "phường, xã"), ("xa, thi tran", "xã, thị trấn"))),
    ("uy ban nhan dan cac xa", "ubnd-xa", "Ủy ban nhân dân các xã"),
    ("ubnd cac xa", "ubnd-xa", "Ủy ban nhân dân các xã"),
    ("uy ban nhan dan cap xa", "ubnd-xa", "Ủy ban nhân dân cấp xã"),
    ("uy ban nhan dan xa", "ubnd-xa", "Ủy ban nhân dân xã"),
    ("ubnd xa", "ubnd-xa", "Ủy ban nhân dân xã"),
    ("ubnd cap xa", "ubnd-xa", "Ủy ban nhân dân cấp xã"),
    ("uy ban nhan dan cac cap", "ubnd", "Ủy ban nhân dân các cấp"),
    ("ubnd cac cap", "ubnd", "Ủy ban nhân dân các cấp"),
    # the heads of the ministries and of the provinces, as a Government directive addresses them
    ("bo truong, thu truong co quan ngang bo, thu truong co quan thuoc chinh phu", "bo-truong",
     "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ"),
    ("bo truong, thu truong co quan ngang bo, co quan thuoc chinh phu", "bo-truong",
     "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("bo truong, thu truong co quan ngang bo", "bo-truong", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ"),
    ("chu tich uy ban nhan dan cac tinh, thanh pho truc thuoc trung uong", "chu-tich-ubnd-tinh",
     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("chu tich ubnd cac tinh, thanh pho truc thuoc trung uong", "chu-tich-ubnd-tinh",
     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
    ("chu tich uy ban nhan dan cac tinh, thanh pho", "chu-tich-ubnd-tinh", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"),
    ("chu tich ubnd cac tinh, thanh pho", "chu-tich-ubnd-tinh", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"),
    ("bo, co quan ngang bo, co quan thuoc chinh phu", "bo", "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("co quan ngang bo, co quan thuoc chinh phu", "bo", "cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ("co quan thuoc chinh phu", "bo", "cơ quan thuộc Chính phủ"),
    ("bo, co quan ngang bo", "bo", "bộ, cơ quan ngang bộ"),
    ("bo, nganh, dia phuong", "bo", "bộ, ngành, địa phương"),
    ("bo, co quan lien quan", "bo", "bộ, cơ quan liên quan"),
    ("bo, co quan", "bo", "bộ, cơ quan"),
    ("chinh quyen", "chinh-quyen", "chính quyền"),
    ("bo, nganh", "bo", "bộ, ngành"),
    ("bo, co quan ngang bo", "bo", "bộ, cơ quan ngang bộ"),
    ("so, ban, nganh", "so", "sở, ban, ngành"),
    ("so, nganh, dia phuong", "so", "sở, ngành, địa phương"),
    ("so, nganh", "so", "sở, ngành"),
    # ("sở" alone would take "cơ sở"; a class written with "các" is matched whole, from "các" on)
    ("cac so", "so", "các sở"), ("cac so, nganh", "so", "các sở, ngành"),
    ("cac so, nganh, dia phuong", "so", "các sở, ngành, địa phương"), ("cac so, ban, nganh", "so", "các sở, ban, ngành"),
    ("co quan, don vi", "co-quan-don-vi", "cơ quan, đơn vị"),
    ("co quan lien quan", "co-quan-lien-quan", "cơ quan liên quan"),
    ("don vi lien quan", "co-quan-lien-quan", "đơn vị liên quan"),
    ("co quan thong tan, bao chi", "co-quan-bao-chi", "cơ quan thông tấn, báo chí"),
    ("co quan bao chi", "co-quan-bao-chi", "cơ quan báo chí"),
    ("benh vien", "benh-vien", "bệnh viện"),
    # the commune-level Party committees since the two-level local government of 2025
    ("dang uy cac xa, phuong, dac khu", "dang-uy-xa", "đảng ủy các xã, phường, đặc khu"),
    ("dang uy cac xa, phuong", "dang-uy-xa", "đảng ủy các xã, phường"),
    ("dang uy xa, phuong, dac khu", "dang-uy-xa", "đảng ủy xã, phường, đặc khu"),
    ("dang uy xa, phuong", "dang-uy-xa", "đảng ủy xã, phường"),
    ("dang uy cac xa", "dang-uy-xa", "đảng ủy các xã"),
    ("co so kham benh, chua benh", "co-so-y-te", "cơ sở khám bệnh, chữa bệnh"),
    ("don vi thuoc bo", "don-vi-truc-thuoc", "đơn vị thuộc Bộ"),
    ("don vi truc thuoc", "don-vi-truc-thuoc", "đơn vị trực thuộc"),
    ("co quan chuc nang", "co-quan-lien-quan", "cơ quan chức năng"),
    ("cac chu dau tu", "chu-dau-tu", "các chủ đầu tư"),  # (a lone "chủ đầu tư" is often one project's investor)
    ("dia phuong", "dia-phuong", "địa phương"),
    ("ban, nganh", "ban-nganh", "ban, ngành"),
    ("ban, ban can su dang, dang doan", "ban-dang", "ban, ban cán sự đảng, đảng đoàn"),
    ("thanh vien ban chi dao", "thanh-vien", "thành viên Ban Chỉ đạo"),
    ("can bo, dang vien", "can-bo-dang-vien", "cán bộ, đảng viên"),
    ("can bo, cong chuc, vien chuc", "can-bo-dang-vien", "cán bộ, công chức, viên chức"),
    ("nguoi dung dau", "nguoi-dung-dau", "người đứng đầu"),
    ("tinh uy vien", "uy-vien", "Tỉnh ủy viên"),
    ("huyen uy vien", "uy-vien", "Huyện ủy viên"),
    ("uy vien ban chap hanh trung uong", "uy-vien", "Ủy viên Ban Chấp hành Trung ương"),
    ("bi thu cac to chuc co so dang", "bi-thu-to-chuc-co-so-dang", "Bí thư các tổ chức cơ sở đảng"),
]

# Kinds of specific bodies that each group kind covers (for "through a collective group" matching).
GROUP_COVERS: dict[str, tuple[str, ...]] = {
    "cap-uy": ("tinh-uy", "thanh-uy", "huyen-uy", "thi-uy", "quan-uy", "dang-uy-truc-thuoc-tw", "dang-uy-xa",
               "dang-uy-phuong", "dang-uy-truc-thuoc"),
    "to-chuc-dang": ("tinh-uy", "thanh-uy", "huyen-uy", "thi-uy", "quan-uy", "ban-dang", "ban-can-su", "dang-doan",
                     "dang-uy-truc-thuoc-tw", "dang-uy-truc-thuoc", "dang-uy-xa", "dang-uy-phuong"),
    "huyen-uy": ("huyen-uy", "thi-uy", "quan-uy"),
    "ban-nganh": ("ban-dang", "so", "bo"),
    "dia-phuong": ("tinh", "thanh-pho", "tinh-uy", "thanh-uy", "ubnd-tinh", "ubnd-thanh-pho"),
    "chinh-quyen": ("chinh-phu", "bo", "ubnd-tinh", "ubnd-thanh-pho", "ubnd-huyen"),
    "co-quan-don-vi": ("ban-dang", "bo", "so"),
    "dang-uy-xa": ("dang-uy-xa", "dang-uy-phuong"),
}

# Words that may sit between owner mentions in a subject without ending it.
SUBJECT_CONNECTORS = ("dong chi", "d/c", "va", "cac", "cung", "thanh vien", "theo chuc nang, nhiem vu",
                      "theo chuc nang", "nhiem vu", "voi", "giao", "de nghi", "yeu cau")

# Verbs that start the predicate of a directive sentence (a subject before one of them owns the task).
DIRECTIVE_VERBS = (
    "chu tri", "dong chu tri", "lanh dao", "chi dao", "phoi hop", "nghien cuu", "quan triet", "day manh", "to chuc",
    "xay dung", "huong dan", "theo doi", "thuc hien", "trinh", "ra soat", "chiu trach nhiem", "co trach nhiem",
    "tham muu", "trien khai", "bo tri", "ban hanh", "kiem tra", "tiep tuc", "tang cuong", "lam tot", "cu the hoa",
    "khan truong", "sua doi", "de xuat", "tong ket", "so ket", "giam sat", "bao dam", "dam bao", "phat huy",
    "tuyen truyen", "van dong", "chu dong", "hoan thien", "thanh lap", "dieu chinh", "tap trung", "can cu",
    "lua chon", "phan cong", "don doc", "du thao", "gui", "bao cao", "tiep thu", "ra quyet dinh", "xem xet",
    "day nhanh", "thuc day", "nang cao", "cap nhat", "cung cap", "bo sung", "khac phuc", "phan dau",
)

# Provincial departments (sở): "Sở" + the name of the ministry they mirror, plus a few of their own.
DEPARTMENT_NAMES: list[str] = [
    "Khoa học và Công nghệ", "Tài chính", "Nội vụ", "Giáo dục và Đào tạo", "Y tế", "Xây dựng", "Công Thương",
    "Tư pháp", "Ngoại vụ", "Kế hoạch và Đầu tư", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch",
    "Văn hóa và Thể thao", "Văn hoá và Thể thao", "Du lịch", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải", "Dân tộc và Tôn giáo",
]

# How departments are abbreviated ("Sở GD&ĐT", "Sở Nông nghiệp và PTNT"), with the name each stands for.
DEPARTMENT_ABBREVIATIONS: dict[str, str] = {
    "GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo", "GD-ĐT": "Giáo dục và Đào tạo",
    "KH&CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "KH&ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "TT&TT": "Thông tin và Truyền thông", "TTTT": "Thông tin và Truyền thông",
    "TN&MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường", "NNMT": "Nông nghiệp và Môi trường",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "LĐ, TB&XH": "Lao động - Thương binh và Xã hội", "Lao động - TB&XH": "Lao động - Thương binh và Xã hội",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch", "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH, TT&DL": "Văn hóa, Thể thao và Du lịch", "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch", "Văn hóa, TT&DL": "Văn hóa, Thể thao và Du lịch",
    "GTVT": "Giao thông vận tải", "DT&TG": "Dân tộc và Tôn giáo",
}

# Vietnamese family names: a capitalised name that starts with one of them, before a role ("Hoàng Văn An -
# Trưởng đoàn: …"), names a person.
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Mai", "Trương", "Lâm", "Cao", "Hà", "Tạ", "Tô", "Chu",
            "Lưu", "Kiều", "Quách", "Thái", "Triệu", "Lò", "Giàng", "Sùng", "Hầu", "Vàng", "Ma", "Nông", "Lục", "Mạc",
            "Khúc", "Doãn", "Tăng", "Phùng", "Âu", "La", "Thân", "Tống", "Vương", "Châu", "Từ", "Nghiêm", "Lại",
            "Văn", "Đàm", "Đồng", "Hứa", "Kim", "Lã", "Mạnh", "Ninh", "Quan", "Tòng", "Trình", "Vi", "Y")
