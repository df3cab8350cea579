///How `getApiKeyUsage` pages.
static LIST_GET_API_KEY_USAGE: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "getApiKeyUsage",
    paging: crate::Paging::Cursor,
    size_param: "limit",
    position_param: "before",
    min_page_size: 1u64,
    max_page_size: 500u64,
    items: "/data/rows",
    pagination: "/data/pagination",
    row_id: ::std::option::Option::Some("id"),
    row_time: ::std::option::Option::Some("timestamp"),
};
impl crate::pagination::PagedRequest for crate::builder::GetApiKeyUsage<'_> {
    type Item = crate::types::ApiKeyUsageEntry;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_GET_API_KEY_USAGE
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::cursor(&self.before);
        preset.page_size = crate::pagination::Preset::size(&self.limit);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.limit(query.page_size);
        match query.before {
            ::std::option::Option::Some(before) => request.before(before),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::ApiKeyUsageResponse = self
            .send()
            .await?
            .into_inner();
        let body = response.data;
        let info = crate::pagination::PageInfo::cursor(&body.pagination);
        Ok(crate::pagination::Page::new(body.rows, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::Some((item.timestamp, item.id.as_str()))
    }
}
///How `listCandidates` pages.
static LIST_LIST_CANDIDATES: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "listCandidates",
    paging: crate::Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1u64,
    max_page_size: 100u64,
    items: "/data",
    pagination: "/pagination",
    row_id: ::std::option::Option::None,
    row_time: ::std::option::Option::None,
};
impl crate::pagination::PagedRequest for crate::builder::ListCandidates<'_> {
    type Item = crate::types::Candidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_LIST_CANDIDATES
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CandidateList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
///How `listRoles` pages.
static LIST_LIST_ROLES: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "listRoles",
    paging: crate::Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1u64,
    max_page_size: 100u64,
    items: "/data",
    pagination: "/pagination",
    row_id: ::std::option::Option::None,
    row_time: ::std::option::Option::None,
};
impl crate::pagination::PagedRequest for crate::builder::ListRoles<'_> {
    type Item = crate::types::Role;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_LIST_ROLES
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::RoleList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
///How `listTests` pages.
static LIST_LIST_TESTS: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "listTests",
    paging: crate::Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1u64,
    max_page_size: 100u64,
    items: "/data",
    pagination: "/pagination",
    row_id: ::std::option::Option::None,
    row_time: ::std::option::Option::None,
};
impl crate::pagination::PagedRequest for crate::builder::ListTests<'_> {
    type Item = crate::types::Test;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_LIST_TESTS
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::TestList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
///How `listPotentialCandidates` pages.
static LIST_LIST_POTENTIAL_CANDIDATES: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "listPotentialCandidates",
    paging: crate::Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1u64,
    max_page_size: 100u64,
    items: "/data",
    pagination: "/pagination",
    row_id: ::std::option::Option::None,
    row_time: ::std::option::Option::None,
};
impl crate::pagination::PagedRequest for crate::builder::ListPotentialCandidates<'_> {
    type Item = crate::types::PotentialCandidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_LIST_POTENTIAL_CANDIDATES
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::PotentialCandidateList = self
            .send()
            .await?
            .into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
///How `getCvScreeningBatch` pages.
static LIST_GET_CV_SCREENING_BATCH: crate::pagination::ListSpec = crate::pagination::ListSpec {
    operation_id: "getCvScreeningBatch",
    paging: crate::Paging::Offset,
    size_param: "pageSize",
    position_param: "page",
    min_page_size: 1u64,
    max_page_size: 100u64,
    items: "/data",
    pagination: "/pagination",
    row_id: ::std::option::Option::None,
    row_time: ::std::option::Option::None,
};
impl crate::pagination::PagedRequest for crate::builder::GetCvScreeningBatch<'_> {
    type Item = crate::types::PotentialCandidate;
    fn list(&self) -> &'static crate::pagination::ListSpec {
        &LIST_GET_CV_SCREENING_BATCH
    }
    fn preset(&self) -> crate::pagination::Preset {
        let mut preset = crate::pagination::Preset::offset(&self.page);
        preset.page_size = crate::pagination::Preset::size(&self.page_size);
        preset
    }
    fn at(self, query: &crate::pagination::PageQuery) -> Self {
        let request = self.page_size(query.page_size);
        match query.page {
            ::std::option::Option::Some(page) => request.page(page),
            ::std::option::Option::None => request,
        }
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CvScreeningBatch = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
    fn row_key<'i>(
        &self,
        item: &'i Self::Item,
    ) -> ::std::option::Option<(crate::pagination::Cursor, &'i str)> {
        let _ = item;
        ::std::option::Option::None
    }
}
/// Every paginated operation's [`ListSpec`], in document order.
pub static LISTS: &[&crate::pagination::ListSpec] = &[
    &LIST_GET_API_KEY_USAGE,
    &LIST_LIST_CANDIDATES,
    &LIST_LIST_ROLES,
    &LIST_LIST_TESTS,
    &LIST_LIST_POTENTIAL_CANDIDATES,
    &LIST_GET_CV_SCREENING_BATCH,
];
