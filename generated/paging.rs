impl crate::pagination::PagedRequest for crate::builder::GetApiKeyUsage<'_> {
    type Item = crate::types::ApiKeyUsageEntry;
    type Position = ::std::option::Option<crate::pagination::Cursor>;
    const OPERATION: &'static str = "get_api_key_usage";
    const MAX_PAGE_SIZE: u64 = 500u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        let request = self.limit(page_size);
        match position {
            Some(before) => request.before(before),
            None => request,
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
}
impl crate::pagination::PagedRequest for crate::builder::ListCandidates<'_> {
    type Item = crate::types::Candidate;
    type Position = u64;
    const OPERATION: &'static str = "list_candidates";
    const MAX_PAGE_SIZE: u64 = 100u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        self.page(position).page_size(page_size)
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CandidateList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListRoles<'_> {
    type Item = crate::types::Role;
    type Position = u64;
    const OPERATION: &'static str = "list_roles";
    const MAX_PAGE_SIZE: u64 = 100u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        self.page(position).page_size(page_size)
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::RoleList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListTests<'_> {
    type Item = crate::types::Test;
    type Position = u64;
    const OPERATION: &'static str = "list_tests";
    const MAX_PAGE_SIZE: u64 = 100u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        self.page(position).page_size(page_size)
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::TestList = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
}
impl crate::pagination::PagedRequest for crate::builder::ListPotentialCandidates<'_> {
    type Item = crate::types::PotentialCandidate;
    type Position = u64;
    const OPERATION: &'static str = "list_potential_candidates";
    const MAX_PAGE_SIZE: u64 = 100u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        self.page(position).page_size(page_size)
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
}
impl crate::pagination::PagedRequest for crate::builder::GetCvScreeningBatch<'_> {
    type Item = crate::types::PotentialCandidate;
    type Position = u64;
    const OPERATION: &'static str = "get_cv_screening_batch";
    const MAX_PAGE_SIZE: u64 = 100u64;
    fn at(self, position: Self::Position, page_size: u64) -> Self {
        self.page(position).page_size(page_size)
    }
    async fn fetch(self) -> crate::Result<crate::pagination::Page<Self::Item>> {
        let response: crate::types::CvScreeningBatch = self.send().await?.into_inner();
        let body = response;
        let info = crate::pagination::PageInfo::offset(&body.pagination);
        Ok(crate::pagination::Page::new(body.data, info))
    }
}
